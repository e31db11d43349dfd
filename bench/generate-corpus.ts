// Synthetic news corpus for `npm run bench`: deterministic, five languages, entity counts that grow with N.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The languages of the corpus; Arabic is written in Arabic script with Arabic-script names. */
export type Lang = 'en' | 'fr' | 'de' | 'es' | 'ar';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** A name in Latin script and in Arabic script, so the same entity can appear in both. */
interface Name {
  latin: string;
  arabic: string;
}

interface Person {
  first: Name;
  last: Name;
}

type EntityRef = { kind: 'person'; person: Person } | { kind: 'org'; name: Name } | { kind: 'place'; name: Name };

/** A money figure: tenths of a million (or billion) in dollars or euros. */
interface Figure {
  tenths: number;
  large: boolean;
  euro: boolean;
}

interface EventDate {
  day: number;
  month: number;
  year: number;
}

/** What the sources say about one organisation: most articles repeat these, a few state other values. */
interface Facts {
  figures: Figure[];
  dates: EventDate[];
}

interface Pools {
  people: Person[];
  orgs: Name[];
  places: Name[];
  facts: Map<string, Facts>;
}

// mulberry32: a ten-line seeded PRNG is all determinism needs, so no dependency is added for it.
/** Seeded PRNG so the same (n, seed) always gives the same corpus. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Picks an index skewed towards the start, so a few entities recur often and most rarely (as in a real story). */
function skewedIndex(rng: Rng, size: number): number {
  return Math.min(size - 1, Math.floor(size * rng() ** 1.8));
}

// Latin syllable → Arabic-script rendering; every pair is distinct in both scripts.
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['ka', 'كا'], ['ri', 'ري'], ['mo', 'مو'], ['sa', 'سا'], ['la', 'لا'], ['na', 'نا'], ['di', 'دي'], ['ba', 'با'],
  ['ha', 'ها'], ['ta', 'تا'], ['mi', 'مي'], ['fa', 'فا'], ['za', 'زا'], ['jo', 'جو'], ['ya', 'يا'], ['nu', 'نو'],
  ['li', 'لي'], ['ve', 'في'], ['do', 'دو'], ['ge', 'غي'], ['ru', 'رو'], ['lu', 'لو'], ['be', 'بي'], ['sem', 'سيم'],
  ['dar', 'دار'], ['kan', 'كان'], ['mir', 'مير'], ['lun', 'لون'], ['tor', 'تور'], ['bel', 'بيل'], ['has', 'حاس'],
  ['nor', 'نور'], ['vin', 'فين'], ['qa', 'قا'], ['shi', 'شي'], ['wa', 'وا'],
];

const FIRST_NAMES: readonly Name[] = [
  ['Adam', 'آدم'], ['Sara', 'سارة'], ['Omar', 'عمر'], ['Lina', 'لينا'], ['Karim', 'كريم'], ['Maria', 'ماريا'],
  ['Jean', 'جان'], ['Anna', 'آنا'], ['Lukas', 'لوكاس'], ['Sofia', 'صوفيا'], ['David', 'ديفيد'], ['Elena', 'إيلينا'],
  ['Pablo', 'بابلو'], ['Claire', 'كلير'], ['Youssef', 'يوسف'], ['Nadia', 'نادية'], ['Thomas', 'توماس'], ['Laura', 'لورا'],
  ['Hassan', 'حسن'], ['Julia', 'جوليا'], ['Marc', 'مارك'], ['Ines', 'إيناس'], ['Felix', 'فيليكس'], ['Carmen', 'كارمن'],
].map(([latin, arabic]) => ({ latin: latin ?? '', arabic: arabic ?? '' }));

// Organisation kinds: a Latin suffix and an Arabic pattern around the name (X).
const ORG_KINDS: readonly (readonly [string, string])[] = [
  ['Group', 'مجموعة X'], ['Bank', 'بنك X'], ['Media', 'X ميديا'], ['Energy', 'X للطاقة'],
  ['Labs', 'مختبرات X'], ['Holdings', 'X القابضة'], ['Partners', 'شركاء X'], ['Systems', 'أنظمة X'],
];

function syllableName(rng: Rng, min: number, max: number): Name {
  const parts = Array.from({ length: intBetween(rng, min, max) }, () => pick(rng, SYLLABLES));
  const latin = parts.map(([l]) => l).join('');
  return { latin: latin.charAt(0).toUpperCase() + latin.slice(1), arabic: parts.map(([, a]) => a).join('') };
}

/** Draws `count` names whose Latin and Arabic forms are both unused, so each entity is distinct in both scripts. */
function uniqueNames(count: number, used: Set<string>, make: () => Name): Name[] {
  const names: Name[] = [];
  while (names.length < count) {
    const name = make();
    if (used.has(name.latin) || used.has(name.arabic)) continue;
    used.add(name.latin);
    used.add(name.arabic);
    names.push(name);
  }
  return names;
}

function makePools(n: number, rng: Rng): Pools {
  const used = new Set<string>();
  const surnames = uniqueNames(Math.max(20, Math.round(n / 3)), used, () => syllableName(rng, 2, 3));
  const people = surnames.map((last) => ({ first: pick(rng, FIRST_NAMES), last }));
  const orgs = uniqueNames(Math.max(10, Math.round(n / 5)), used, () => {
    const base = syllableName(rng, 2, 3);
    const [suffix, pattern] = pick(rng, ORG_KINDS);
    return { latin: `${base.latin} ${suffix}`, arabic: pattern.replace('X', base.arabic) };
  });
  const places = uniqueNames(Math.max(8, Math.round(n / 10)), used, () => syllableName(rng, 2, 3));
  const facts = new Map(orgs.map((org) => [org.latin, makeFacts(rng)] as const));
  return { people, orgs, places, facts };
}

function randomFigure(rng: Rng): Figure {
  return { tenths: intBetween(rng, 11, 990), large: rng() < 0.25, euro: rng() < 0.4 };
}

function randomDate(rng: Rng): EventDate {
  return { day: intBetween(rng, 1, 28), month: intBetween(rng, 0, 11), year: intBetween(rng, 2021, 2025) };
}

function makeFacts(rng: Rng): Facts {
  return {
    figures: Array.from({ length: intBetween(rng, 1, 3) }, () => randomFigure(rng)),
    dates: Array.from({ length: intBetween(rng, 1, 2) }, () => randomDate(rng)),
  };
}

/** Vocabulary of one language: sentence parts and the formats of money, dates and quotes. */
interface Lexicon {
  subjects: readonly string[];
  verbs: readonly string[];
  objects: readonly string[];
  adjuncts: readonly string[];
  roles: readonly string[];
  quotes: readonly string[];
  /** Templates; {P} person, {O} organisation, {L} place, {M} money, {D} date, {Q} quote, {R} role, {C} clause, capitalised; {S} clause, mid-sentence. */
  intro: readonly string[];
  quote: readonly string[];
  money: readonly string[];
  date: readonly string[];
  place: readonly string[];
  joined: readonly string[];
  headlines: readonly string[];
  months: readonly string[];
  formatDate: (day: number, month: string, year: number) => string;
  formatMoney: (amount: string, large: boolean, euro: boolean) => string;
  decimal: string;
}

const EN: Lexicon = {
  subjects: ['The company', 'The regulator', 'An analyst', 'The ministry', 'The opposition', '{O}', 'The government of {L}', 'A spokesperson for {O}'],
  verbs: ['reviewed', 'criticised', 'welcomed', 'postponed', 'confirmed', 'published', 'challenged', 'announced'],
  objects: ['the new contract', 'the quarterly results', 'the proposed merger', 'the investigation', 'the data-sharing agreement', 'the price increase', 'the internal report', 'the final decision'],
  adjuncts: ['after months of talks', 'earlier this year', 'according to people familiar with the matter', 'despite strong opposition', 'in a statement on Tuesday', 'for the second time', 'without giving details', 'as pressure mounted'],
  roles: ['the chief executive of {O}', 'a senior analyst at {O}', 'the finance minister of {L}', 'a spokesperson for {O}', 'the founder of {O}', 'a lawyer representing {O}'],
  quotes: ['We have done nothing wrong', 'The figures speak for themselves', 'This agreement was never respected', 'We will cooperate fully with the investigation', 'Nobody expected the decision to come so soon', 'It is too early to draw conclusions', 'Our customers deserve better', 'The process was fair and transparent'],
  intro: ['{P}, {R}, said that {S}.', '{P}, {R}, confirmed that {S}.', 'According to {P}, {R}, {S}.'],
  quote: ['"{Q}," {P} said.', '{P} told reporters: "{Q}."', '"{Q}," said {P}, who declined to comment further.', '"{Q}," {P} insisted in an interview.'],
  money: ['{O} agreed to pay {M} to settle the dispute.', 'The deal is worth {M}, according to {P}.', '{O} reported revenue of {M} in {L} last year.', 'Investors in {L} lost an estimated {M}.'],
  date: ['On {D}, {O} filed a complaint in {L}.', 'The hearing is scheduled for {D}.', '{P} first raised concerns on {D}.', 'The contract expired on {D}, two weeks after the vote in {L}.'],
  place: ['{O} opened an office in {L} {A}.', 'Protesters gathered outside the offices of {O} in {L}.', 'The case is being heard in {L}.'],
  joined: ['{C}, while {S}.', '{C}, and {S}.', 'Meanwhile, {S}.'],
  headlines: ['{O} accused of misusing data in {L}', '{P} defends {O} deal worth {M}', 'Regulators in {L} open inquiry into {O}'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  formatDate: (day, month, year) => `${month} ${day}, ${year}`,
  formatMoney: (amount, large, euro) => `${euro ? '€' : '$'}${amount} ${large ? 'billion' : 'million'}`,
  decimal: '.',
};

const FR: Lexicon = {
  subjects: ["L'entreprise", 'Le régulateur', 'Un analyste', 'Le ministère', "L'opposition", '{O}', 'Le gouvernement de {L}', 'Un porte-parole de {O}'],
  verbs: ['a examiné', 'a critiqué', 'a salué', 'a reporté', 'a confirmé', 'a publié', 'a contesté', 'a annoncé'],
  objects: ['le nouveau contrat', 'les résultats trimestriels', 'le projet de fusion', "l'enquête", "l'accord sur le partage des données", 'la hausse des prix', 'le rapport interne', 'la décision finale'],
  adjuncts: ['après des mois de négociations', 'plus tôt cette année', 'selon des sources proches du dossier', 'malgré une forte opposition', 'dans un communiqué publié mardi', 'pour la deuxième fois', 'sans donner de détails', 'sous une pression croissante'],
  roles: ['directeur général de {O}', 'analyste chez {O}', 'ministre des finances de {L}', 'porte-parole de {O}', 'fondateur de {O}', 'avocat de {O}'],
  quotes: ["Nous n'avons rien fait de mal", 'Les chiffres parlent d\'eux-mêmes', "Cet accord n'a jamais été respecté", 'Nous coopérerons pleinement avec les enquêteurs', 'Personne ne s\'attendait à une décision aussi rapide', 'Il est trop tôt pour tirer des conclusions', 'Nos clients méritent mieux', 'La procédure a été équitable et transparente'],
  intro: ['{P}, {R}, a indiqué que {S}.', 'Selon {P}, {R}, {S}.', '{P}, {R}, estime que {S}.'],
  quote: ['« {Q} », a déclaré {P}.', '« {Q} », a affirmé {P} lors d\'un entretien.', '{P} a ajouté : « {Q}. »', '« {Q} », a souligné {P}, qui n\'a pas souhaité en dire plus.'],
  money: ['{O} a accepté de verser {M} pour clore le litige.', "L'accord est estimé à {M}, selon {P}.", '{O} a réalisé un chiffre d\'affaires de {M} à {L} l\'an dernier.', 'Les investisseurs de {L} auraient perdu {M}.'],
  date: ['Le {D}, {O} a déposé une plainte à {L}.', "L'audience est prévue le {D}.", '{P} avait exprimé ses inquiétudes dès le {D}.', 'Le contrat a expiré le {D}, deux semaines après le vote à {L}.'],
  place: ['{O} a ouvert un bureau à {L} {A}.', 'Des manifestants se sont rassemblés devant les locaux de {O} à {L}.', "L'affaire est jugée à {L}."],
  joined: ['{C}, tandis que {S}.', '{C}, et {S}.', 'Par ailleurs, {S}.'],
  headlines: ['{O} accusé d\'avoir détourné des données à {L}', '{P} défend un accord de {M} avec {O}', 'Les autorités de {L} ouvrent une enquête sur {O}'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  formatDate: (day, month, year) => `${day} ${month} ${year}`,
  formatMoney: (amount, large, euro) => `${amount} ${large ? 'milliards' : 'millions'} ${euro ? "d'euros" : 'de dollars'}`,
  decimal: ',',
};

const DE: Lexicon = {
  subjects: ['Das Unternehmen', 'Die Aufsichtsbehörde', 'Ein Analyst', 'Das Ministerium', 'Die Opposition', '{O}', 'Die Regierung von {L}', 'Ein Sprecher von {O}'],
  verbs: ['prüfte', 'kritisierte', 'begrüßte', 'verschob', 'bestätigte', 'veröffentlichte', 'bestritt', 'verteidigte'],
  objects: ['den neuen Vertrag', 'die Quartalszahlen', 'die geplante Fusion', 'die Untersuchung', 'das Abkommen über den Datenaustausch', 'die Preiserhöhung', 'den internen Bericht', 'die endgültige Entscheidung'],
  adjuncts: ['nach monatelangen Verhandlungen', 'Anfang dieses Jahres', 'nach Angaben von Insidern', 'trotz heftigen Widerstands', 'in einer Mitteilung vom Dienstag', 'zum zweiten Mal', 'ohne Einzelheiten zu nennen', 'unter wachsendem Druck'],
  roles: ['Vorstandschef von {O}', 'Analyst bei {O}', 'Finanzminister von {L}', 'Sprecher von {O}', 'Gründer von {O}', 'Anwalt von {O}'],
  quotes: ['Wir haben nichts falsch gemacht', 'Die Zahlen sprechen für sich', 'Diese Vereinbarung wurde nie eingehalten', 'Wir werden uneingeschränkt mit den Ermittlern zusammenarbeiten', 'Niemand hat mit einer so schnellen Entscheidung gerechnet', 'Es ist zu früh für Schlussfolgerungen', 'Unsere Kunden verdienen Besseres', 'Das Verfahren war fair und transparent'],
  intro: ['{P}, {R}, sagte, {S}.', 'Laut {P}, {R}, gilt: {S}.', '{P}, {R}, erklärte: {S}.'],
  quote: ['„{Q}“, sagte {P}.', '„{Q}“, betonte {P} in einem Interview.', '{P} fügte hinzu: „{Q}.“', '„{Q}“, erklärte {P}, der sich nicht weiter äußern wollte.'],
  money: ['{O} erklärte sich bereit, {M} zu zahlen.', 'Der Auftrag ist nach Angaben von {P} {M} wert.', '{O} erzielte im vergangenen Jahr in {L} einen Umsatz von {M}.', 'Anleger in {L} verloren schätzungsweise {M}.'],
  date: ['Am {D} reichte {O} in {L} Klage ein.', 'Die Anhörung ist für den {D} angesetzt.', '{P} äußerte erstmals am {D} Bedenken.', 'Der Vertrag lief am {D} aus, zwei Wochen nach der Abstimmung in {L}.'],
  place: ['{O} eröffnete {A} ein Büro in {L}.', 'Demonstranten versammelten sich vor den Büros von {O} in {L}.', 'Der Fall wird in {L} verhandelt.'],
  joined: ['{C}, und {S}.', '{C}; zudem gilt: {S}.', 'Unterdessen gilt: {S}.'],
  headlines: ['{O} soll in {L} Daten missbraucht haben', '{P} verteidigt Geschäft mit {O} über {M}', 'Behörden in {L} ermitteln gegen {O}'],
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  formatDate: (day, month, year) => `${day}. ${month} ${year}`,
  formatMoney: (amount, large, euro) => `${amount} ${large ? 'Milliarden' : 'Millionen'} ${euro ? 'Euro' : 'Dollar'}`,
  decimal: ',',
};

const ES: Lexicon = {
  subjects: ['La empresa', 'El regulador', 'Un analista', 'El ministerio', 'La oposición', '{O}', 'El gobierno de {L}', 'Un portavoz de {O}'],
  verbs: ['revisó', 'criticó', 'celebró', 'aplazó', 'confirmó', 'publicó', 'impugnó', 'anunció'],
  objects: ['el nuevo contrato', 'los resultados trimestrales', 'el proyecto de fusión', 'la investigación', 'el acuerdo de intercambio de datos', 'la subida de precios', 'el informe interno', 'la decisión final'],
  adjuncts: ['tras meses de negociaciones', 'a principios de este año', 'según fuentes cercanas al caso', 'pese a una fuerte oposición', 'en un comunicado publicado el martes', 'por segunda vez', 'sin dar detalles', 'bajo una presión creciente'],
  roles: ['consejero delegado de {O}', 'analista de {O}', 'ministro de Finanzas de {L}', 'portavoz de {O}', 'fundador de {O}', 'abogado de {O}'],
  quotes: ['No hemos hecho nada malo', 'Las cifras hablan por sí solas', 'Este acuerdo nunca se respetó', 'Cooperaremos plenamente con la investigación', 'Nadie esperaba una decisión tan rápida', 'Es demasiado pronto para sacar conclusiones', 'Nuestros clientes merecen algo mejor', 'El proceso fue justo y transparente'],
  intro: ['{P}, {R}, indicó que {S}.', 'Según {P}, {R}, {S}.', '{P}, {R}, considera que {S}.'],
  quote: ['«{Q}», afirmó {P}.', '«{Q}», declaró {P} en una entrevista.', '{P} añadió: «{Q}».', '«{Q}», señaló {P}, que no quiso hacer más comentarios.'],
  money: ['{O} aceptó pagar {M} para cerrar el litigio.', 'El acuerdo está valorado en {M}, según {P}.', '{O} facturó {M} en {L} el año pasado.', 'Los inversores de {L} perdieron unos {M}.'],
  date: ['El {D}, {O} presentó una denuncia en {L}.', 'La audiencia está prevista para el {D}.', '{P} expresó sus dudas por primera vez el {D}.', 'El contrato expiró el {D}, dos semanas después de la votación en {L}.'],
  place: ['{O} abrió una oficina en {L} {A}.', 'Manifestantes se concentraron ante la sede de {O} en {L}.', 'El caso se juzga en {L}.'],
  joined: ['{C}, mientras que {S}.', '{C}, y {S}.', 'Mientras tanto, {S}.'],
  headlines: ['{O}, acusada de usar datos sin permiso en {L}', '{P} defiende un acuerdo de {M} con {O}', 'Las autoridades de {L} investigan a {O}'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  formatDate: (day, month, year) => `${day} de ${month} de ${year}`,
  formatMoney: (amount, large, euro) => `${amount} ${large ? 'mil millones' : 'millones'} de ${euro ? 'euros' : 'dólares'}`,
  decimal: ',',
};

// Arabic: verb-first clauses, so {V} {subject} {object} {adjunct}; names are in Arabic script.
const AR: Lexicon = {
  subjects: ['المتحدث باسم الشركة', 'المنظم', 'المحلل', 'الوزير', 'المجلس', '{O}', 'رئيس حكومة {L}', 'المتحدث باسم {O}'],
  verbs: ['راجع', 'انتقد', 'أعلن', 'أرجأ', 'أكد', 'نشر', 'رفض', 'دافع عن'],
  objects: ['العقد الجديد', 'النتائج الفصلية', 'مشروع الاندماج', 'التحقيق', 'اتفاق تبادل البيانات', 'زيادة الأسعار', 'التقرير الداخلي', 'القرار النهائي'],
  adjuncts: ['بعد أشهر من المفاوضات', 'في وقت سابق من هذا العام', 'بحسب مصادر مطلعة', 'رغم معارضة شديدة', 'في بيان صدر يوم الثلاثاء', 'للمرة الثانية', 'دون إعطاء تفاصيل', 'وسط ضغوط متزايدة'],
  roles: ['الرئيس التنفيذي لـ{O}', 'المحلل في {O}', 'وزير المالية في {L}', 'المتحدث باسم {O}', 'مؤسس {O}', 'محامي {O}'],
  quotes: ['لم نرتكب أي خطأ', 'الأرقام تتحدث عن نفسها', 'هذا الاتفاق لم يحترم قط', 'سنتعاون بشكل كامل مع التحقيق', 'لم يتوقع أحد صدور القرار بهذه السرعة', 'من المبكر استخلاص النتائج', 'عملاؤنا يستحقون الأفضل', 'كانت العملية عادلة وشفافة'],
  intro: ['وقال {P}، {R}: {S}.', 'وبحسب {P}، {R}، {S}.', 'وأوضح {P}، {R}: {S}.'],
  quote: ['وقال {P}: «{Q}».', 'وأضاف {P}: «{Q}».', '«{Q}»، هذا ما أكده {P} في مقابلة.', 'وصرح {P} للصحفيين: «{Q}».'],
  money: ['وافقت {O} على دفع {M} لتسوية النزاع.', 'وتبلغ قيمة الصفقة {M} بحسب {P}.', 'وحققت {O} إيرادات بقيمة {M} في {L} العام الماضي.', 'وخسر المستثمرون في {L} نحو {M}.'],
  date: ['في {D} قدمت {O} شكوى في {L}.', 'ومن المقرر عقد الجلسة في {D}.', 'وأبدى {P} قلقه لأول مرة في {D}.', 'وانتهى العقد في {D} بعد أسبوعين من التصويت في {L}.'],
  place: ['وافتتحت {O} مكتبا في {L} {A}.', 'وتجمع محتجون أمام مكاتب {O} في {L}.', 'وتنظر محكمة في {L} في القضية.'],
  joined: ['{C}، في حين {S}.', '{C}، كما {S}.', 'وفي الأثناء، {S}.'],
  headlines: ['اتهام {O} بإساءة استخدام البيانات في {L}', '{P} يدافع عن صفقة بقيمة {M} مع {O}', 'السلطات في {L} تفتح تحقيقا بشأن {O}'],
  months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  formatDate: (day, month, year) => `${day} ${month} ${year}`,
  formatMoney: (amount, large, euro) => `${amount} ${large ? 'مليار' : 'مليون'} ${euro ? 'يورو' : 'دولار'}`,
  decimal: '.',
};

const LEXICONS: Record<Lang, Lexicon> = { en: EN, fr: FR, de: DE, es: ES, ar: AR };

/** The language mix: 40% English, 15% each of French, German, Spanish and Arabic. */
function pickLang(rng: Rng): Lang {
  const r = rng();
  if (r < 0.4) return 'en';
  if (r < 0.55) return 'fr';
  if (r < 0.7) return 'de';
  if (r < 0.85) return 'es';
  return 'ar';
}

/** Writes one article: tracks which people were already introduced, so later mentions use the surname alone. */
class ArticleWriter {
  readonly rng: Rng;
  readonly lex: Lexicon;
  readonly lang: Lang;
  readonly chosen: EntityRef[];
  readonly introduced = new Set<Person>();
  readonly mentioned: EntityRef[] = [];
  readonly facts: ReadonlyMap<string, Facts>;
  /** The organisation named last: a money figure or date in the same sentence is one of its facts. */
  lastOrg: Name | undefined;

  constructor(rng: Rng, lang: Lang, chosen: EntityRef[], facts: ReadonlyMap<string, Facts>) {
    this.rng = rng;
    this.facts = facts;
    this.lang = lang;
    this.lex = LEXICONS[lang];
    this.chosen = chosen;
  }

  script(name: Name): string {
    return this.lang === 'ar' ? name.arabic : name.latin;
  }

  person(person: Person): string {
    if (this.introduced.has(person)) return this.script(person.last);
    this.introduced.add(person);
    return `${this.script(person.first)} ${this.script(person.last)}`;
  }

  entityOf(kind: EntityRef['kind'], fresh: EntityRef | undefined): EntityRef {
    if (fresh?.kind === kind) return fresh;
    const known = this.mentioned.filter((e) => e.kind === kind);
    const pool = known.length > 0 && this.rng() < 0.7 ? known : this.chosen.filter((e) => e.kind === kind);
    return pick(this.rng, pool);
  }

  render(ref: EntityRef): string {
    if (!this.mentioned.includes(ref)) this.mentioned.push(ref);
    if (ref.kind === 'org') this.lastOrg = ref.name;
    return ref.kind === 'person' ? this.person(ref.person) : this.script(ref.name);
  }

  digits(text: string): string {
    if (this.lang !== 'ar' || this.rng() < 0.7) return text;
    return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))).replace('.', '٫');
  }

  orgFacts(): Facts | undefined {
    const org = this.lastOrg ?? this.chosen.find((e) => e.kind === 'org')?.name;
    return org ? this.facts.get(org.latin) : undefined;
  }

  /** 80% of figures repeat one of the organisation's, so sources agree; the rest state another value. */
  money(): string {
    const known = this.orgFacts()?.figures ?? [];
    const { tenths, large, euro } = known.length > 0 && this.rng() < 0.8 ? pick(this.rng, known) : randomFigure(this.rng);
    const amount = (tenths / 10).toFixed(1).replace('.', this.lex.decimal);
    return this.digits(this.lex.formatMoney(amount, large, euro));
  }

  date(): string {
    const known = this.orgFacts()?.dates ?? [];
    const { day, month, year } = known.length > 0 && this.rng() < 0.7 ? pick(this.rng, known) : randomDate(this.rng);
    return this.digits(this.lex.formatDate(day, this.lex.months[month] ?? '', year));
  }

  clause(): string {
    const { subjects, verbs, objects, adjuncts } = this.lex;
    const parts = this.lang === 'ar'
      ? [pick(this.rng, verbs), pick(this.rng, subjects), pick(this.rng, objects), pick(this.rng, adjuncts)]
      : [pick(this.rng, subjects), pick(this.rng, verbs), pick(this.rng, objects), pick(this.rng, adjuncts)];
    return this.fill(parts.join(' '), undefined);
  }

  /** Replaces each slot of a template; `fresh` is the entity this sentence exists to introduce. */
  fill(template: string, fresh: EntityRef | undefined): string {
    return template.replace(/\{([POLMDQRACS])\}/g, (_, slot: string) => this.slot(slot, fresh));
  }

  slot(slot: string, fresh: EntityRef | undefined): string {
    switch (slot) {
      case 'P': return this.render(this.entityOf('person', fresh));
      case 'O': return this.render(this.entityOf('org', fresh));
      case 'L': return this.render(this.entityOf('place', fresh));
      case 'M': return this.money();
      case 'D': return this.date();
      case 'Q': return pick(this.rng, this.lex.quotes);
      case 'R': return this.fill(pick(this.rng, this.lex.roles), undefined);
      case 'A': return pick(this.rng, this.lex.adjuncts);
      case 'C': return upperFirst(this.clause());
      default: return lowerFirst(this.clause(), this.lang);
    }
  }

  sentence(fresh: EntityRef | undefined): string {
    const { lex, rng } = this;
    if (fresh?.kind === 'person') return this.fill(pick(rng, rng() < 0.5 ? lex.intro : lex.quote), fresh);
    if (fresh) return this.fill(pick(rng, rng() < 0.5 ? lex.place : lex.money), fresh);
    const r = rng();
    if (r < 0.15) return this.fill(pick(rng, lex.quote), undefined);
    if (r < 0.25) return this.fill(pick(rng, lex.money), undefined);
    if (r < 0.35) return this.fill(pick(rng, lex.date), undefined);
    if (r < 0.6) return this.fill(pick(rng, lex.joined), undefined);
    return `${upperFirst(this.clause())}.`;
  }
}

function lowerFirst(text: string, lang: Lang): string {
  // Only a leading article is lowered mid-sentence; names keep their capital.
  if (lang === 'ar' || !/^(?:(?:The|An|A|Le|La|Les|Un|Une|El|Los|Las|Una|Das|Die|Der|Ein|Eine) |L')/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function drawEntity(rng: Rng, pools: Pools, kind: EntityRef['kind']): EntityRef {
  if (kind === 'person') return { kind, person: pools.people[skewedIndex(rng, pools.people.length)] as Person };
  const pool = kind === 'org' ? pools.orgs : pools.places;
  return { kind, name: pool[skewedIndex(rng, pool.length)] as Name };
}

/** 8–15 distinct entities, about half people, at least one of each kind so every template slot can be filled. */
function chooseEntities(rng: Rng, pools: Pools): EntityRef[] {
  const count = intBetween(rng, 8, 15);
  const kinds: EntityRef['kind'][] = ['person', 'org', 'place'];
  const chosen: EntityRef[] = [];
  const seen = new Set<string>();
  while (chosen.length < count) {
    const r = rng();
    const ref = drawEntity(rng, pools, kinds[chosen.length] ?? (r < 0.5 ? 'person' : r < 0.8 ? 'org' : 'place'));
    const key = ref.kind === 'person' ? ref.person.last.latin : ref.name.latin;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(ref);
  }
  return shuffle(rng, chosen);
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Builds the paragraphs: every chosen entity gets a sentence of its own, then filler until ~600 words. */
function writeBody(writer: ArticleWriter): string[] {
  const { rng } = writer;
  const queue = [...writer.chosen];
  const target = intBetween(rng, 540, 660);
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let words = 0;
  let paragraphLength = intBetween(rng, 2, 5);
  while (queue.length > 0 || words < target) {
    const fresh = queue.length > 0 && (rng() < 0.45 || words >= target) ? queue.shift() : undefined;
    const sentence = writer.sentence(fresh);
    sentences.push(sentence);
    words += wordCount(sentence);
    if (sentences.length >= paragraphLength) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
      paragraphLength = intBetween(rng, 2, 5);
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  return paragraphs;
}

function slugOf(chosen: EntityRef[], lang: Lang): string {
  const names = chosen.slice(0, 2).map((e) => (e.kind === 'person' ? e.person.last.latin : e.name.latin));
  return [lang, ...names].join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** One article's file name and text; article i depends only on (seed, i) and the pools. */
function makeArticle(index: number, seed: number, pools: Pools): { file: string; text: string } {
  const rng = mulberry32(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const lang = pickLang(rng);
  const chosen = chooseEntities(rng, pools);
  const writer = new ArticleWriter(rng, lang, chosen, pools.facts);
  // The headline names entities before the body introduces them, as real headlines do: surname only.
  const lead = chosen.find((e) => e.kind === 'person');
  const surname = lead?.kind === 'person' ? writer.script(lead.person.last) : '';
  const template = pick(rng, writer.lex.headlines.filter((h) => surname !== '' || !h.includes('{P}')));
  const headline = template.replace('{P}', surname);
  const title = writer.fill(headline, undefined);
  writer.introduced.clear();
  writer.lastOrg = undefined;
  const body = writeBody(writer);
  const file = `${String(index).padStart(5, '0')}_${slugOf(chosen, lang)}.txt`;
  return { file, text: `${title}\n\n${body.join('\n\n')}\n` };
}

/** Writes n synthetic articles as NNNNN_<slug>.txt into dir; the same n and seed give byte-identical files. */
export async function generateCorpus(n: number, dir: string, seed = 1): Promise<void> {
  const pools = makePools(n, mulberry32(seed));
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i += 1) {
    const { file, text } = makeArticle(i, seed, pools);
    await writeFile(join(dir, file), text, 'utf8');
  }
}
