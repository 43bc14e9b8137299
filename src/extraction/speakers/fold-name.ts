const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ŀ: 'l',
};

/**
 * Given names that transliterate differently (Belarusian, Ukrainian, Russian, English) but are the
 * same name. A table, not a sound rule, because sound rules that merge Aleksandr and Alyaksandr
 * also merge Maria and Mara.
 */
const GIVEN_NAME_GROUPS: readonly (readonly string[])[] = [
  ['aleksandr', 'alexander', 'alexandr', 'aleksander', 'alyaksandr', 'aliaksandr', 'oleksandr', 'olexandr'],
  ['aleksei', 'alexei', 'alexey', 'aleksey', 'oleksii', 'oleksiy', 'aliaksei', 'alyaksei'],
  ['sergei', 'sergey', 'serguei', 'serhii', 'serhiy', 'siarhei', 'syarhei'],
  ['dmitri', 'dmitry', 'dmitriy', 'dmitrii', 'dmytro', 'dzmitry'],
  ['yuri', 'yury', 'yuriy', 'yurii', 'iurii', 'jurij', 'yury'],
  ['andrei', 'andrey', 'andrii', 'andriy', 'andrej'],
  ['nikolai', 'nikolay', 'mykola', 'mikalai'],
  ['yevgeny', 'evgeny', 'evgeniy', 'yevgeniy', 'yevhen', 'evgenii'],
  ['mikhail', 'mihail', 'mikhayil', 'mikhaylo', 'mykhailo'],
  ['vladimir', 'volodymyr', 'uladzimir', 'wladimir'],
  ['viktor', 'victor'],
  ['anatoly', 'anatoliy', 'anatolii', 'anatol'],
  ['vasily', 'vasiliy', 'vasyl', 'vasil'],
  ['grigory', 'grigoriy', 'hryhoriy'],
  ['maksim', 'maxim', 'maksym'],
  ['pyotr', 'petr', 'petro', 'piotr'],
  ['ilya', 'illia', 'illya'],
  ['yulia', 'yuliya', 'iuliia', 'julia'],
  ['natalia', 'natalya', 'nataliya'],
  ['tatiana', 'tatyana', 'tetiana'],
  ['olga', 'olha', 'volha'],
];

const CANONICAL_GIVEN = new Map<string, string>(
  GIVEN_NAME_GROUPS.flatMap((group) => group.map((name): [string, string] => [name, group[0] ?? name])),
);

/** Given text, returns it lowercased with diacritics and letter variants folded to plain ASCII letters. */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøßæœđðþıŀ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/**
 * Given one word of a name, returns its folded form: letters folded, spelling variants merged only
 * where they are safe (a final -iy/-yy/-yi/-ii is -y as in Zelenskiy/Zelenskyy/Zelensky, and the
 * Belarusian -enka is the Russian -enko), and given names mapped through the transliteration table.
 */
export function foldNameWord(word: string): string {
  const plain = foldLetters(word).replace(/[^a-z0-9]/g, '');
  const table = CANONICAL_GIVEN.get(plain);
  if (table !== undefined) return table;
  return plain.replace(/(?:iy|yy|yi|ii)$/, 'y').replace(/enka$/, 'enko');
}
