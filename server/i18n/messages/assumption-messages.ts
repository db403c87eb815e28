import type { MessageTable } from './message-table.js'

// Assumption sources by their code (audiences/ logs the code beside its English text, issue 18): the staff plan
// page, the client page's "how we estimated" and the PDFs read these, never the English source.
export const ASSUMPTION_MESSAGES = {
  'assumption.source.request': {
    fi: 'suunnitelmassa annettu arvo',
    sv: 'värde angivet i planen',
    en: 'given in the plan',
  },
  'assumption.source.kohde.assumption': { fi: 'kohteen oletus', sv: 'kohdes antagande', en: 'kohde assumption' },
  'assumption.source.fee.plan': { fi: 'suunnitelman palkkio', sv: 'planens arvode', en: "the plan's fee" },
  'assumption.source.fee.cardChannel': {
    fi: 'hinnaston ({country}) palkkio kanavalle {channel}',
    sv: 'prislistans ({country}) arvode för {channel}',
    en: "the {country} rate card's fee for {channel}",
  },
  'assumption.source.fee.card': {
    fi: 'hinnaston ({country}) palkkio',
    sv: 'prislistans ({country}) arvode',
    en: "the {country} rate card's fee",
  },
  'assumption.source.universe.population': {
    fi: 'arvioitu väestö, joka vastaa kohderyhmän kuvausta',
    sv: 'den uppskattade befolkning som motsvarar målgruppens beskrivning',
    en: 'the estimated population matching the audience',
  },
  'assumption.source.universe.largestLine': {
    fi: 'suurin rivin kohderyhmä (kaikkien kanavien kohderyhmät oletetaan sen sisälle)',
    sv: 'radens största målgrupp (alla kanalers målgrupper antas ligga inom den)',
    en: 'the largest line audience (every channel audience assumed inside it)',
  },
  'assumption.source.guidance.marginalThreshold': {
    fi: 'kohteen oletus: viimeinen euro tuo kymmenesosan siitä tavoittavuudesta, jonka ensimmäinen euro toi; vakioarvoa ei ole, voit asettaa oman',
    sv: 'kohdes antagande: den sista euron ger en tiondel av den räckvidd som den första euron gav; inget standardvärde finns, du kan ange ditt eget',
    en: 'kohde default: the last euro buys a tenth of the reach the first euro did; no standard value exists, set your own',
  },
  'assumption.source.guidance.frequencyRange': {
    fi: 'kohteen oletus 1–10 kampanjan aikana: tutkimusten mukaan tehokas frekvenssi on vaihteluväli (Krugman 1972, Naples 1979, Jones 1995), ja Googlen Reach Planner raportoi frekvenssit 1–10; voit asettaa oman kanavittain',
    sv: 'kohdes standard 1–10 under kampanjen: enligt forskningen är effektiv frekvens ett intervall (Krugman 1972, Naples 1979, Jones 1995), och Googles Reach Planner rapporterar frekvenser 1–10; du kan ange ditt eget per kanal',
    en: 'kohde default 1–10 over the flight: effective frequency is a range (Krugman 1972, Naples 1979, Jones 1995), and Google Reach Planner reports frequencies 1 to 10; set your own per channel',
  },
  'assumption.source.guidance.overlap': {
    fi: 'Metan ohje huutokauppojen päällekkäisyydestä: saman mainostajan päällekkäiset kohderyhmät kilpailevat samoissa huutokaupoissa; kohde soveltaa samaa sääntöä Googleen ja LinkedIniin',
    sv: 'Metas hjälp om överlappande auktioner: samma annonsörs överlappande målgrupper tävlar i samma auktioner; kohde tillämpar samma regel på Google och LinkedIn',
    en: "Meta's help on auction overlap: one advertiser's overlapping audiences enter the same auctions; kohde applies the same rule to Google and LinkedIn",
  },
  'assumption.source.population.statfi': {
    fi: 'Tilastokeskus, väestö 31.12.2019',
    sv: 'Statistikcentralen, befolkning 31.12.2019',
    en: 'Statistics Finland, population 31 Dec 2019',
  },
  'assumption.source.population.scb': {
    fi: 'Ruotsin tilastokeskus (SCB), väestö 31.12.2019',
    sv: 'Statistiska centralbyrån (SCB), befolkning 31.12.2019',
    en: 'Statistics Sweden (SCB), population 31 Dec 2019',
  },
  'assumption.source.population.eurostat': {
    fi: 'Eurostat ja WorldPop, väestö alueittain ja ikäryhmittäin',
    sv: 'Eurostat och WorldPop, befolkning per region och åldersgrupp',
    en: 'Eurostat and WorldPop, population by region and age band',
  },
  'assumption.source.reach.published': {
    fi: 'julkaistut käyttäjämäärät ({channel}, {country})',
    sv: 'publicerade användarantal ({channel}, {country})',
    en: 'published user counts ({channel}, {country})',
  },
  'assumption.source.reachModel.literature': {
    fi: 'mediasuunnittelun tutkimus: Poisson, negatiivinen binomi (Danaher 2007), kalibrointi (Goerg 2014)',
    sv: 'medieplaneringsforskning: Poisson, negativ binomial (Danaher 2007), kalibrering (Goerg 2014)',
    en: 'media planning research: Poisson, negative binomial (Danaher 2007), calibration (Goerg 2014)',
  },
  'assumption.source.rateCard.builtIn': {
    fi: 'kohteen oletushinnasto (suomalaisen toimiston julkaisemat hinnat ja alan vertailuluvut)',
    sv: 'kohdes standardprislista (priser publicerade av en finsk byrå och branschens jämförelsetal)',
    en: "kohde's default rate card (prices published by a Finnish agency and industry benchmarks)",
  },
  'assumption.source.reach.agesOutside': {
    fi: 'kohteen oletus: 13–15-vuotiaat ja yli 75-vuotiaat käyttävät kanavaa puolet harvemmin',
    sv: 'kohdes antagande: personer 13–15 och över 75 år använder kanalen hälften så ofta',
    en: 'kohde assumption: people 13–15 and 75+ use the channel half as often',
  },
  'assumption.source.reach.minimumAge': {
    fi: 'alusta näyttää mainoksia tästä iästä alkaen (kohteen oletus)',
    sv: 'plattformen visar annonser från denna ålder (kohdes antagande)',
    en: 'the platform serves ads from this age (kohde assumption)',
  },
  'assumption.source.share.measured': {
    fi: 'mitattu osuus (termin lähde sanastossa)',
    sv: 'uppmätt andel (termens källa i vokabulären)',
    en: "a measured share (the term's source in the vocabulary)",
  },
  'assumption.source.share.estimated': {
    fi: 'arvioitu osuus (oletus; vaihteluväli ×0,5–×1,5)',
    sv: 'uppskattad andel (antagande; intervall ×0,5–×1,5)',
    en: 'an estimated share (assumption; band ×0.5–×1.5)',
  },
  'assumption.source.share.default': {
    fi: 'kohteen oletusosuus, koska mitattua osuutta ei ole (vaihteluväli ×0,5–×2)',
    sv: 'kohdes standardandel, eftersom ingen uppmätt andel finns (intervall ×0,5–×2)',
    en: 'kohde default share, as no measured share exists (band ×0.5–×2)',
  },
  'assumption.source.population.ageUnknown': {
    fi: 'kohteen oletus: ikäryhmiä kohdentavat alustat jättävät pois ihmiset, joiden ikää ne eivät tiedä; osuutta ei ole julkaistu, joten mitään ei vähennetä',
    sv: 'kohdes antagande: plattformar som riktar in sig på åldersgrupper utesluter personer vars ålder de inte känner till; andelen är inte publicerad, så inget dras av',
    en: 'kohde assumption: platforms that target age brackets leave out people whose age they do not know; no share is published, so none is taken off',
  },
  'assumption.source.audienceSize.targeted': {
    fi: 'kohteen malli: rivin kohderyhmä on se, mihin kanavan kohdennus todella osuu',
    sv: 'kohdes modell: radens målgrupp är den som kanalens inriktning faktiskt når',
    en: "kohde model: each line's audience is what its channel's targeting actually reaches",
  },
  'assumption.source.population.people': {
    fi: 'henkilöt valituilla alueilla, ikäryhmissä ja sukupuolissa ennen muita kriteerejä',
    sv: 'personer i de valda områdena, åldrarna och könen före övriga kriterier',
    en: 'people in the places, ages and genders, before criteria',
  },
  'assumption.source.population.matching': {
    fi: 'heistä kriteerit täyttävät (ryhmien välillä JA, ryhmän sisällä TAI, riippumattomuus oletettu)',
    sv: 'av dem de som uppfyller kriterierna (OCH mellan grupper, ELLER inom, oberoende antaget)',
    en: 'of whom match the criteria (AND of groups, OR within, independence assumed)',
  },
  'assumption.value.uncoded': {
    fi: 'kuvattu toimiston sisäisessä XLSX-raportissa',
    sv: 'beskrivs i byråns interna XLSX-rapport',
    en: "described in the agency's internal XLSX report",
  },
  'assumption.source.uncoded': {
    fi: 'lähteen kuvaus on toimiston sisäisessä XLSX-raportissa',
    sv: 'källans beskrivning finns i byråns interna XLSX-rapport',
    en: "described in the agency's internal XLSX report",
  },
  'assumption.value.feePercent': {
    fi: 'kate {percent} nettohinnasta',
    sv: 'påslag {percent} på nettot',
    en: 'markup {percent} on net',
  },
  'assumption.value.feeFixed': { fi: 'kiinteä {amount}', sv: 'fast {amount}', en: 'fixed {amount}' },
} satisfies MessageTable
