/**
 * Given names that are also place names (Vladimir, Jordan, Paris, Victoria…). Before a capitalised
 * surname ("Vladimir Putin", "Paris Hilton", "Jordan Peterson") they start a person's name; just
 * before a place they mark that place as a surname ("Denzel Washington" needs the surname rule,
 * "Michael Jordan" this list). Lowercase, folded.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
aaron abdullah adam adrian ahmed aleksandr aleksei alan albert alex alexander alexandra alexei alexey
ali alice
amelia andrew andrei andrey ann anna anne anton arthur augusta austin barbara ben benjamin boris
brian brooklyn camden carl carol carolina caroline carson catherine charles charlie charlotte
chelsea chester chris christian christopher clifton daniel david denis denzel diana dmitry douglas
dudley edward elena elizabeth emily emma eric eugene everett florence francis frank fred george
georgia gerald grace hamilton harold harry helen henry houston hugh igor ilya isabel israel
ivan jack jackson jacob james jane jean jeffrey jennifer jessica jim joe john jordan joseph julia
kevin lincoln lisa logan lorenzo louis luis madison marco margaret maria marion mark martin mary
maxim michael mikhail milton mohammed muhammad natalia nelson nicholas nikolai olga orlando oscar
pablo paris patrick paul peter philip quincy richard robert roman ruslan salem sam samuel sarah sergei
sergey sofia stanley stephen steven sydney theodore thomas tim troy tyler valentin valery
vernon victor victoria viktor vincent virginia vladimir walter warren washington william yuri
  `
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Capitalised words that stand before or after a place name without making it part of a person's
 * name: titles ("Mayor", "President"), institutions ("Bank", "University") and place words
 * ("Lake", "Greater"). A place next to any other capitalised word is read as part of a name.
 */
export const NAME_CONTEXT_WORDS: ReadonlySet<string> = new Set(
  `
president prime minister ministry foreign defence defense interior secretary governor mayor
chancellor king queen prince princess emperor general colonel admiral senator sen rep gov
ambassador envoy chief head leader spokesman spokeswoman spokesperson official officials deputy
vice premier patriarch pope archbishop bishop council parliament government state federal
national city regional central bank university institute airport port station court police army
navy forces force military embassy consulate office region oblast district province county
territory republic kingdom federation lake mount river greater upper lower old new fort saint st
metro stock exchange mr mrs ms dr sir lord lady team
  `
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that start sentences and headlines but never a place name ("In", "After", "About").
 * A capitalised token among these is not a name part, so it does not turn the place after it
 * into a surname.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `
a about above across after against all along also although among an and another any around as
at because before behind below beneath beside besides between beyond both but by despite down
during each either even every few for from he her here his how however i if in inside into it
its just last like many meanwhile more most much near neither next no nor not now of off on once
one only onto or other our out outside over per since so some still such than that the their
them then there these they this those though through throughout to today toward towards under
unlike until up upon us via was we were what when where whether which while who whom whose why
will with within without yesterday yet you your finally made big admission says said say tells
told visit visits visiting back amid
  `
    .split(/\s+/)
    .filter(Boolean),
);
