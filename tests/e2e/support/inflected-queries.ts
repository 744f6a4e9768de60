/**
 * Inflected Finnish queries taken from the default content, each with the page it should find.
 * When the table was made, none of the query forms was on its page as such: the page has the word
 * in another form, mostly the base form of its title. search.test.ts measures the recall, which
 * the README states.
 */
export interface InflectedQuery {
  query: string;
  /** The page that the query must find, as a path of the site. */
  page: string;
  /** The case and number of the query word. */
  form: string;
}

export const inflectedQueries: InflectedQuery[] = [
  { query: 'päivystystä', page: '/organisaatio/ryhmat/paivystys-24h/', form: 'partitiivi' },
  { query: 'päivystyksessä', page: '/organisaatio/ryhmat/paivystys-24h/', form: 'inessiivi' },
  { query: 'kasvupalveluiden', page: '/organisaatio/ryhmat/kasvupalvelut/', form: 'monikon genetiivi' },
  { query: 'vammaispalveluista', page: '/organisaatio/ryhmat/vammaispalvelut/', form: 'monikon elatiivi' },
  { query: 'liikennepalveluja', page: '/organisaatio/ryhmat/liikennepalvelut/', form: 'monikon partitiivi' },
  { query: 'aikuispalveluihin', page: '/organisaatio/ryhmat/aikuispalvelut/', form: 'monikon illatiivi' },
  { query: 'tuotteistuksen', page: '/organisaatio/ryhmat/tuotteistus/', form: 'genetiivi' },
  { query: 'kiinteistöselvitystä', page: '/organisaatio/ryhmat/kiinteistoselvitys/', form: 'partitiivi' },
  { query: 'sidosryhmäyhteistyötä', page: '/organisaatio/ryhmat/sidosryhmayhteistyo/', form: 'partitiivi' },
  {
    query: 'ympäristöpalvelujen',
    page: '/organisaatio/ryhmat/ymparistopalvelut/',
    form: 'monikon genetiivi',
  },
  {
    query: 'ympäristöterveydenhuollossa',
    page: '/organisaatio/ryhmat/ymparistoterveydenhuolto/',
    form: 'inessiivi',
  },
  {
    query: 'rakennerahastoasioista',
    page: '/organisaatio/ryhmat/rakennerahastoasiat/',
    form: 'monikon elatiivi',
  },
  {
    query: 'aluekehityskeskusteluissa',
    page: '/organisaatio/ryhmat/aluekehityskeskustelut/',
    form: 'monikon inessiivi',
  },
  { query: 'tietohallinnossa', page: '/organisaatio/ryhmat/tietohallinto-ict/', form: 'inessiivi' },
  { query: 'henkilöstöhallinnossa', page: '/organisaatio/ryhmat/henkilosto/', form: 'inessiivi' },
  { query: 'muutosohjelmassa', page: '/organisaatio/ryhmat/lape/', form: 'inessiivi' },
  {
    query: 'mielenterveyspalveluiden',
    page: '/organisaatio/ryhmat/paihde-ja-mielenterveyspalvelut/',
    form: 'monikon genetiivi',
  },
  { query: 'tukipalveluiden', page: '/organisaatio/ryhmat/muut-tukipalvelut/', form: 'monikon genetiivi' },
  {
    query: 'lomituspalveluissa',
    page: '/organisaatio/ryhmat/maaseutu-ja-lomituspalvelut/',
    form: 'monikon inessiivi',
  },
  { query: 'projektitoimistossa', page: '/organisaatio/toimielimet/projektitoimisto/', form: 'inessiivi' },
  { query: 'ohjausryhmän', page: '/organisaatio/toimielimet/poliittinen-ohjausryhma/', form: 'genetiivi' },
  { query: 'valmisteluorganisaation', page: '/organisaatio/', form: 'genetiivi' },
  { query: 'saavutettavuusselosteen', page: '/saavutettavuusseloste/', form: 'genetiivi' },
  { query: 'viestintäkanavista', page: '/viestintakanavat/', form: 'monikon elatiivi' },
  { query: 'palvelusetelikokeilussa', page: '/uutiset/palvelusetelikokeilu-haku/', form: 'inessiivi' },
  { query: 'työpajoissa', page: '/uutiset/maakuntastrategian-tyopajat/', form: 'monikon inessiivi' },
  { query: 'seminaarin', page: '/uutiset/satapolku-seminaari/', form: 'genetiivi' },
  { query: 'katsauksen', page: '/uutiset/satapolku-seminaari/', form: 'genetiivi' },
  { query: 'vuosikellon', page: '/aikataulut/maakuntastrategian-vuosikello/', form: 'genetiivi' },
  { query: 'tilannekatsauksen', page: '/aikataulut/maakuntastrategian-vuosikello/', form: 'genetiivi' },
  { query: 'ohjauksen', page: '/aikataulut/maakuntastrategian-tyoohjelma/', form: 'genetiivi' },
  { query: 'vuorovaikutuksessa', page: '/aikataulut/maakuntastrategian-tyoohjelma/', form: 'inessiivi' },
  { query: 'laskelmapäivityksen', page: '/aikataulut/uudistuksen-aikataulu/', form: 'genetiivi' },
  { query: 'pöytäkirjassa', page: '/kokoukset/vate-2018-02/poytakirja/', form: 'inessiivi' },
  { query: 'laillisuuden', page: '/kokoukset/vate-2018-02/', form: 'genetiivi' },
  { query: 'päätöksiä', page: '/paatokset/', form: 'monikon partitiivi' },
  { query: 'toimenpiteiden', page: '/toimenpiteet/', form: 'monikon genetiivi' },
  { query: 'synnyttämisen', page: '/organisaatio/linjat/tl2/', form: 'genetiivi' },
  { query: 'väliaikaisen', page: '/organisaatio/toimielimet/vate/', form: 'genetiivi' },
  { query: 'poliittisen', page: '/organisaatio/toimielimet/poliittinen-ohjausryhma/', form: 'genetiivi' },
  { query: 'monitieteisen', page: '/organisaatio/ryhmat/kehittamisyksikko/', form: 'genetiivi' },
  { query: 'varautumisessa', page: '/organisaatio/ryhmat/turvallisuus-ja-varautuminen/', form: 'inessiivi' },
  { query: 'kumppanuuden', page: '/organisaatio/ryhmat/aluekehityskeskustelut/', form: 'genetiivi' },
  { query: 'tulevaisuuden', page: '/organisaatio/ryhmat/lape/', form: 'genetiivi' },
  { query: 'jatkuvuuden', page: '/organisaatio/ryhmat/aikuispalvelut/', form: 'genetiivi' },
  { query: 'pätevyyden', page: '/organisaatio/ryhmat/henkilosto/', form: 'genetiivi' },
  {
    query: 'omistajaohjauksessa',
    page: '/organisaatio/ryhmat/hallinto-ja-konserniohjaus/',
    form: 'inessiivi',
  },
  { query: 'vuokranmäärityksen', page: '/organisaatio/ryhmat/kiinteistoselvitys/', form: 'genetiivi' },
  { query: 'kokouksen', page: '/organisaatio/toimielimet/puheenjohtajien-kokous/', form: 'genetiivi' },
  { query: 'loppuraportissa', page: '/raportit/kiinteistoselvitys-loppuraportti/', form: 'inessiivi' },
  { query: 'päivystykseen', page: '/organisaatio/ryhmat/paivystys-24h/', form: 'illatiivi' },
  { query: 'kasvupalveluilla', page: '/organisaatio/ryhmat/kasvupalvelut/', form: 'monikon adessiivi' },
  { query: 'satakuntaliitolle', page: '/organisaatio/toimielimet/satakuntaliitto/', form: 'allatiivi' },
  {
    query: 'maakuntastrategiaksi',
    page: '/organisaatio/ryhmat/maakuntastrategian-koordinointi/',
    form: 'translatiivi',
  },
  { query: 'vammaispalveluna', page: '/organisaatio/ryhmat/vammaispalvelut/', form: 'essiivi' },
  {
    query: 'poliittisia',
    page: '/organisaatio/toimielimet/poliittinen-ohjausryhma/',
    form: 'monikon partitiivi',
  },
  { query: 'hankkeessa', page: '/uutiset/satapolku-seminaari/', form: 'inessiivi' },
  { query: 'aikatauluun', page: '/aikataulut/uudistuksen-aikataulu/', form: 'illatiivi' },
  { query: 'kiinteistöjen', page: '/organisaatio/ryhmat/kiinteistoselvitys/', form: 'monikon genetiivi' },
  { query: 'väliraportteihin', page: '/raportit/talous-valiraportti/', form: 'monikon illatiivi' },
  { query: 'viestinnälle', page: '/organisaatio/ryhmat/maakunnan-viestinta/', form: 'allatiivi' },
  {
    query: 'turvallisuudessa',
    page: '/organisaatio/ryhmat/turvallisuus-ja-varautuminen/',
    form: 'inessiivi',
  },
  {
    query: 'ympäristöterveydenhuoltoon',
    page: '/organisaatio/ryhmat/ymparistoterveydenhuolto/',
    form: 'illatiivi',
  },
  { query: 'tietohallintoa', page: '/organisaatio/ryhmat/tietohallinto-ict/', form: 'partitiivi' },
];
