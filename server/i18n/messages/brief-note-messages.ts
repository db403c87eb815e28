import type { FiSvTable } from './message-table.js'

// What kohde assumed while reading a pasted brief (audiences/briefs/brief-notes.ts), by the note's code. {text} is
// the brief's own words the note is about (its span); the original English note, which also names what they became,
// stays beside these on the page.
export const BRIEF_NOTE_MESSAGES = {
  'briefNote.affluent_areas': {
    fi: '”{text}”: alustat mallintavat vauraat alueet kotitalouden tulotason mukaan. Lisää postinumerot, jos tarkoitat nimettyjä alueita.',
    sv: '”{text}”: plattformarna modellerar välbärgade områden efter hushållsinkomst. Lägg till postnummer om du menar namngivna områden.',
  },
  'briefNote.detached_house_areas': {
    fi: '”{text}” tulkittiin omakotitaloissa asuviksi; kohde ei tiedä, mitkä alueet ovat omakotitaloalueita. Lisää postinumerot alueiden kohdistamiseksi.',
    sv: '”{text}” tolkades som personer som bor i egnahemshus; kohde vet inte vilka områden som är egnahemsområden. Lägg till postnummer för att rikta till områden.',
  },
  'briefNote.age_over_inclusive': {
    fi: '”{text}” tulkittiin niin, että raja-ikä sisältyy: ”yli 20-vuotiaat” tarkoittaa yleensä myös 20-vuotiaita.',
    sv: '”{text}” tolkades så att gränsåldern ingår: ”över 20 år” brukar också omfatta 20-åringar.',
  },
  'briefNote.age_single': {
    fi: '”{text}” tulkittiin täsmälleen tuoksi iäksi; laajenna väliä, jos tarkoitit ”noin”.',
    sv: '”{text}” tolkades som exakt den åldern; vidga intervallet om du menade ”ungefär”.',
  },
  'briefNote.age_swapped': {
    fi: '”{text}”: suurempi ikä oli ensin, joten väli käännettiin.',
    sv: '”{text}”: den högre åldern kom först, så intervallet vändes.',
  },
  'briefNote.bare_range_as_age': {
    fi: '”{text}”: luvuilla ei ole yksikköä, joten ne tulkittiin ikäväliksi.',
    sv: '”{text}”: talen har ingen enhet, så de tolkades som ett åldersintervall.',
  },
  'briefNote.children_count': {
    fi: 'Lasten lukumäärää (”{text}”) ei voi kohdistaa Googlessa, Metassa eikä LinkedInissä; tulkittiin vanhemmiksi.',
    sv: 'Antalet barn (”{text}”) kan inte riktas på Google, Meta eller LinkedIn; tolkades som föräldrar.',
  },
  'briefNote.parent_narrowed': {
    fi: '”{text}” jätettiin luonnoksesta pois: briefin lasten ikä kertoo enemmän kuin ”vanhemmat”.',
    sv: '”{text}” utelämnades ur utkastet: barnens ålder i briefen säger mer än ”föräldrar”.',
  },
  'briefNote.children_age': {
    fi: '”{text}” on lasten ikä: siitä tuli vanhemmuustila, ei kohderyhmän ikä.',
    sv: '”{text}” är barnens ålder: den blev föräldrastatus, inte målgruppens ålder.',
  },
  'briefNote.revenue_buckets': {
    fi: '”{text}” muutettiin liikevaihtoluokiksi.',
    sv: '”{text}” blev omsättningsklasser.',
  },
  'briefNote.headcount_buckets': {
    fi: '”{text}” muutettiin yrityskokoluokiksi.',
    sv: '”{text}” blev företagsstorlekar.',
  },
  'briefNote.profit_threshold': {
    fi: '”{text}”: alustat eivät kohdista tuloksen määrän mukaan, joten käytettiin lähintä vastaavaa ehtoa.',
    sv: '”{text}”: plattformarna riktar inte efter resultatets storlek, så närmaste motsvarande villkor användes.',
  },
  'briefNote.currency_not_euro': {
    fi: '”{text}” ei ole euroina, ja kohteen liikevaihtoluokat ovat euroissa: valitse luokka itse.',
    sv: '”{text}” är inte i euro, och kohdes omsättningsklasser är i euro: välj klassen själv.',
  },
  'briefNote.ambiguous': {
    fi: '”{text}” voi tarkoittaa useaa asiaa; siitä valittiin yksi tulkinta. Vaihda luonnoksessa, jos se on väärä.',
    sv: '”{text}” kan betyda flera saker; en tolkning valdes. Byt i utkastet om den är fel.',
  },
  'briefNote.dimension_without_value': {
    fi: '”{text}” nimeää ehdon ilman arvoa: sille ei lisätty mitään.',
    sv: '”{text}” anger ett villkor utan värde: inget lades till för det.',
  },
  'briefNote.site_visits_without_address': {
    fi: '”{text}”: sivustokäynnit tarvitsevat sivustojen osoitteet (esim. kilpailija.fi); niitä ei annettu, joten mitään ei lisätty.',
    sv: '”{text}”: webbplatsbesök kräver webbplatsernas adresser (t.ex. kilpailija.fi); inga angavs, så inget lades till.',
  },
  'briefNote.geo_defaulted': {
    fi: 'Paikkaa ei löytynyt: kohderyhmä kohdistuu Suomeen. Muuta, jos brief tarkoittaa muuta aluetta.',
    sv: 'Ingen plats hittades: målgruppen riktas till Finland. Ändra om briefen menar något annat område.',
  },
  'briefNote.name_defaulted': {
    fi: 'Briefin alussa ei ole nimeä, joten kohderyhmälle annettiin oletusnimi.',
    sv: 'Briefen börjar inte med ett namn, så målgruppen fick ett standardnamn.',
  },
  'briefNote.name_from_text': {
    fi: 'Kohderyhmä nimettiin briefin ensimmäisten sanojen mukaan; muuta nimeä tarvittaessa.',
    sv: 'Målgruppen namngavs efter briefens första ord; byt namn vid behov.',
  },
  'briefNote.name_criteria_not_read': {
    fi: '”{text}” luettiin vain osaksi kohderyhmän nimeä: sen jälkeen tulevat ehdot kertovat enemmän (tai se nimeää tuotteen).',
    sv: '”{text}” lästes bara som en del av målgruppens namn: villkoren efter det säger mer (eller så namnger det produkten).',
  },
  'briefNote.special_ad_category': {
    fi: '”{text}” viittaa erityiseen mainosluokkaan ({category}), joten luonnoksen erityinen mainosluokka asetettiin sen mukaan; se rajoittaa kohdentamista Metassa ja Googlessa. Muuta sitä, jos mainos ei koske tätä.',
    sv: '”{text}” tyder på en särskild annonskategori ({category}), så utkastets särskilda annonskategori sattes därefter; den begränsar inriktningen på Meta och Google. Ändra den om annonsen inte gäller detta.',
  },
  'briefNote.size_word': {
    fi: '”{text}” muutettiin henkilöstömäärän luokiksi EU:n määritelmän mukaan (mikroyritys alle 10, pieni alle 50, keskisuuri alle 250 henkeä).',
    sv: '”{text}” blev storleksklasser efter antal anställda enligt EU:s definition (mikroföretag under 10, små under 50, medelstora under 250 personer).',
  },
  'briefNote.size_word_overridden': {
    fi: '”{text}” ei vaikuttanut yrityksen kokoon: briefin henkilöstömäärä kertoo enemmän.',
    sv: '”{text}” påverkade inte företagsstorleken: antalet anställda i briefen säger mer.',
  },
  'briefNote.place_covered': {
    fi: '”{text}” jätettiin pois alueista: toinen briefin alue (säde, postinumerot tai maakunta) kattaa sen jo.',
    sv: '”{text}” utelämnades ur områdena: ett annat område i briefen (en radie, postnummer eller ett landskap) täcker det redan.',
  },
  'briefNote.postal_range': {
    fi: '”{text}” muutettiin kaikiksi postinumeroiksi niiden väliltä Tilastokeskuksen aineistossa.',
    sv: '”{text}” blev alla postnummer mellan dem i Statistikcentralens data.',
  },
  'briefNote.radius_without_place': {
    fi: '”{text}” antaa säteen mutta ei paikkaa, jonka ympärille se piirretään, joten sille ei lisätty mitään. Nimeä paikka (”30 km Kuopiosta”).',
    sv: '”{text}” anger en radie men ingen plats som den dras runt, så inget lades till för den. Ange platsen (”30 km från Kuopio”).',
  },
  'briefNote.radius_outside': {
    fi: '”{text}” rajaa ihmiset etäisyyttä kauempaa, eikä mikään ympyrä kohdista heihin: sille tai sen paikalle ei lisätty mitään.',
    sv: '”{text}” avser personer längre bort än avståndet, vilket ingen cirkel riktar in sig på: inget lades till för den eller dess plats.',
  },
  'briefNote.radius_without_centre': {
    fi: '”{text}”: kohde ei tunne paikan keskipistettä, joten paikka pidettiin ilman sädettä.',
    sv: '”{text}”: kohde känner inte till platsens mittpunkt, så platsen behölls utan radien.',
  },
  'briefNote.age_raised': {
    fi: 'Mainoksia ei voi kohdistaa alle 13-vuotiaille, joten luonnoksen ikä alkaa 13 vuodesta.',
    sv: 'Annonser kan inte riktas till personer under 13, så utkastets åldrar börjar vid 13.',
  },
  'briefNote.age_conflict': {
    fi: 'Briefissä on useampi ikä; käytettiin ensimmäistä ala- ja ylärajaa.',
    sv: 'Briefen anger flera åldrar; den första nedre och övre gränsen användes.',
  },
  'briefNote.too_many': {
    fi: 'Ehtoja oli enemmän kuin luonnokseen mahtuu: loput jätettiin pois.',
    sv: 'Det fanns fler villkor än utkastet rymmer: resten utelämnades.',
  },
  'briefNote.notes_truncated': {
    fi: 'Loput huomiot jätettiin pois.',
    sv: 'Resten av anmärkningarna utelämnades.',
  },
} satisfies FiSvTable
