// Capitalised words that are not names: sentence starters, months, weekdays and generic acronyms, per language.
import { foldWord } from './fold-text.ts';
import { MONTHS } from './month-names.ts';

const STARTERS = `
the a an in on at for but and or as it he she they we you i this that these those his her their its our my
after before while when where what why how who despite also last meanwhile however according although though
additionally nevertheless moreover furthermore still yet so if then there here today yesterday tomorrow
le la les l un une des du de dans pour mais et ou il elle ils elles on nous vous ce cette ces son sa ses leur
selon depuis après avant lors alors ainsi aussi enfin pourtant cependant mardi lundi
der die das den dem des ein eine einen einem einer und oder aber im am vom zum zur er sie es wir ihr laut nach
seit bei mit für auch doch noch dann dort hier heute gestern
el los las un una unos unas y o pero en por para con según desde tras también sin embargo él ella ellos
il lo gli uno e ma nel nella per con secondo anche
o os um uma e mas no na em por para com segundo também
`;

const WEEKDAYS = `monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes sábado domingo`;

/** Acronyms and titles that name a kind of thing, not one thing. */
const GENERIC = `ai api apis ceo cfo cto coo pr tv pc it hr gdp am pm ok faq pdf url usb sms gps vip ngo ngos eu-wide
mr mrs ms dr prof sir m mme mlle herr frau sr sra st`;

// Folded like the words they are compared with, so "según", "für" and "März" match.
const WORDS = new Set([...`${STARTERS} ${WEEKDAYS} ${GENERIC} ayer hoy mañana`.split(/\s+/).filter(Boolean), ...MONTHS.keys()].map(foldWord));
const CALENDAR = new Set([...WEEKDAYS.split(/\s+/).filter(Boolean), ...MONTHS.keys()].map(foldWord));

/** True for a folded month or weekday name, which never begins a name ("In April Hydralis signed"). */
export function isCalendarWord(folded: string): boolean {
  return CALENDAR.has(folded);
}

/** True for a folded word that is never an entity name on its own. */
export function isNameStopword(folded: string): boolean {
  return WORDS.has(folded);
}

/** Words that join the parts of one name: "Bank of America", "Banco de España", "Ludwig van Beethoven". */
export const NAME_CONNECTORS = new Set(
  ['of', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'dos', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'and', 'für', 'und', 'et', 'y'].map(foldWord),
);

/**
 * Roles written in capitals before a person's name ("Energy Minister Omar Haddad", "Wasserminister Omar Haddad"): the
 * name starts after them. German compounds end in the role ("Wasserminister"), so endings count too.
 */
const ROLES = `minister ministre ministra ministro president président presidente präsident chairman chairwoman chair ceo cfo cto
  director directeur directrice direktor directora spokesman spokeswoman spokesperson sprecher sprecherin portavoz porte-parole
  secretary secrétaire sekretär secretario mayor maire bürgermeister alcalde alcaldesa governor gouverneur gobernador senator
  sénateur senatorin judge juge richter juez lawyer avocat avocate anwalt anwältin abogado abogada engineer ingénieur ingenieur
  ingeniero ingeniera chef chief founder fondateur gründer fundador manager managerin economist économiste ökonom economista
  analyst analyste analystin analista`
  .split(/\s+/)
  .filter(Boolean);
const ROLE_SET = new Set(ROLES.map(foldWord));
/** Roles that end German compounds ("Wasserminister", "Oberbürgermeister", "Konzernsprecher"). */
const COMPOUND_ROLES = ['minister', 'prasident', 'sprecher', 'sprecherin', 'direktor', 'ingenieur', 'anwalt', 'burgermeister', 'chef', 'grunder', 'sekretar'];

/** True when a folded word is a role, or a German compound or inflection ending in one ("wasserminister", "ingenieurs"). */
export function isRoleWord(folded: string): boolean {
  const bare = folded.replace(/(?:s|en|n)$/u, '');
  if (ROLE_SET.has(folded) || ROLE_SET.has(bare)) return true;
  return COMPOUND_ROLES.some((role) => (folded.endsWith(role) || bare.endsWith(role)) && folded.length > role.length + 2);
}
