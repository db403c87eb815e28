import type { FiSvTable } from './message-table.js'

// The compilers' fidelity items by code, for the audience page's table: what became of one criterion on one channel.
// The row already names the criterion; the channel's original English text (with its values and the exact lookup
// to make) stays beside these, and is shown alone on English pages. Meta's special-ad-category codes come as
// sac_<category>_<kind>: one entry per kind, with the category filled in.
export const FIDELITY_MESSAGES = {
  'fidelity.age_all': {
    fi: 'Kaikki iät: ikäehtoa ei aseteta (kanavan oletus, joka tavoittaa myös ihmiset, joiden ikää ei tiedetä).',
    sv: 'Alla åldrar: inget åldersvillkor (kanalens standard, som också når personer med okänd ålder).',
  },
  'fidelity.age_exact': { fi: 'Ikäväli siirtyi sellaisenaan.', sv: 'Åldersintervallet fördes över som det är.' },
  'fidelity.age_max_65_plus': {
    fi: 'Metan yläikäraja 65 tarkoittaa 65-vuotiaita ja vanhempia, joten myös ylärajaa vanhemmat tavoitetaan.',
    sv: 'Metas övre åldersgräns 65 betyder 65 år och äldre, så även personer över den övre gränsen nås.',
  },
  'fidelity.age_min_above_65': {
    fi: 'Metan vanhin ikäryhmä on 65+, joten ikäväli laajeni 65 vuodesta ylöspäin.',
    sv: 'Metas äldsta åldersgrupp är 65+, så intervallet vidgades till 65 år och uppåt.',
  },
  'fidelity.age_under_18_unavailable': {
    fi: 'Kanavalla ei ole alle 18-vuotiaiden ikäryhmää, joten heitä ei tavoiteta; muu ikäväli pyöristyi kanavan ikäryhmiin.',
    sv: 'Kanalen har ingen åldersgrupp under 18, så de nås inte; resten av intervallet avrundades till kanalens åldersgrupper.',
  },
  'fidelity.age_under_18_untargetable': {
    fi: 'Google ei kohdista alle 18-vuotiaisiin iän perusteella, joten ikäehtoa ei asetettu.',
    sv: 'Google riktar inte till personer under 18 efter ålder, så inget åldersvillkor sattes.',
  },
  'fidelity.age_widened': {
    fi: 'Ikäväli pyöristyi kanavan kiinteisiin ikäryhmiin: tavoittaa myös hieman nuorempia tai vanhempia.',
    sv: 'Åldersintervallet avrundades till kanalens fasta åldersgrupper: når också något yngre eller äldre.',
  },
  'fidelity.combination_not_excludable': {
    fi: 'Yhdistelmää (esim. tehtävä ja asema yhdessä) ei rajattu pois: LinkedIn rajaa pois vain yksittäisiä arvoja.',
    sv: 'Kombinationen (t.ex. funktion och nivå tillsammans) uteslöts inte: LinkedIn utesluter bara enskilda värden.',
  },
  'fidelity.curated_audience_restricted': {
    fi: 'Jätettiin pois: Google ei salli asiakaslistoja tämän arkaluonteisen alan mainoksissa.',
    sv: 'Utelämnades: Google tillåter inte kundlistor i annonser inom den här känsliga kategorin.',
  },
  'fidelity.custom_audience_not_uploaded': {
    fi: 'Asiakaslista: lataa se mainostilille mukautetuksi yleisöksi ja käytä sen tunnistetta (yleisöt ovat tilikohtaisia).',
    sv: 'Kundlista: ladda upp den till annonskontot som anpassad målgrupp och använd dess id (målgrupper är kontospecifika).',
  },
  'fidelity.custom_segment': {
    fi: 'Googlella ei ole tälle tunnistetta: siitä tehtiin mukautettu segmentti hakusanoista ja sivustoista, joten Google tavoittaa aiheesta hakevat tai sitä selaavat.',
    sv: 'Google har inget id för detta: det blev ett anpassat segment av sökord och webbplatser, så Google når dem som söker eller surfar om ämnet.',
  },
  'fidelity.custom_segment_excluded': {
    fi: 'Googlella ei ole tälle tunnistetta: siitä tehtiin mukautettu segmentti, joka rajataan pois (poissulku toimii haku-, display-, Demand Gen- ja videokampanjoissa).',
    sv: 'Google har inget id för detta: det blev ett anpassat segment som utesluts (uteslutningen fungerar i sök-, display-, Demand Gen- och videokampanjer).',
  },
  'fidelity.customer_list_not_uploaded': {
    fi: 'Asiakaslistaa ei ole vielä Googlessa: lataa se Customer Match -listaksi ja käytä sen tunnistetta.',
    sv: 'Kundlistan finns inte på Google än: ladda upp den som Customer Match-lista och använd dess id.',
  },
  'fidelity.dsa_minor_profiling': {
    fi: 'Alaikäraja nostettiin 18 vuoteen, koska DSA kieltää profilointiin perustuvat mainokset alaikäisille.',
    sv: 'Minimiåldern höjdes till 18 eftersom DSA förbjuder annonser som bygger på profilering av minderåriga.',
  },
  'fidelity.dsa_special_category': {
    fi: 'Poistettiin: ehto profiloi erityisen henkilötietoryhmän perusteella, mitä DSA ei salli mainoksissa EU:ssa.',
    sv: 'Togs bort: villkoret profilerar efter en särskild kategori av personuppgifter, vilket DSA förbjuder i annonser i EU.',
  },
  'fidelity.eu_political_declared': {
    fi: 'Kampanja ilmoittaa sisältävänsä EU:n poliittista mainontaa; lue käytäntöhavainnot ennen käynnistystä.',
    sv: 'Kampanjen anger att den innehåller politisk reklam i EU; läs policyfynden före start.',
  },
  'fidelity.extended_demographic': {
    fi: 'Siirtyi Googlen tarkemmaksi demografiseksi ryhmäksi sen tunnisteella.',
    sv: 'Fördes över som Googles detaljerade demografiska grupp med dess id.',
  },
  'fidelity.facet_unsupported': {
    fi: 'Kanavalla ei ole tätä kohdistusta: ehto jätettiin pois.',
    sv: 'Kanalen har ingen sådan inriktning: villkoret utelämnades.',
  },
  'fidelity.free_text_lookup': {
    fi: 'Vapaalle tekstille ei ole vahvistettua tunnistetta: hae se kanavan rajapinnasta ja tallenna tulos.',
    sv: 'Fritexten har inget bekräftat id: slå upp det i kanalens gränssnitt och spara resultatet.',
  },
  'fidelity.free_text_unresolved': {
    fi: 'Vapaalle tekstille ei ole tunnistetta: hae vastaava kiinnostus kanavan haulla.',
    sv: 'Fritexten har inget id: sök motsvarande intresse med kanalens sökning.',
  },
  'fidelity.gender_exact': { fi: 'Sukupuoli siirtyi sellaisenaan.', sv: 'Könet fördes över som det är.' },
  'fidelity.genders_all': {
    fi: 'Kaikki sukupuolet: sukupuoliehtoa ei aseteta.',
    sv: 'Alla kön: inget könsvillkor sätts.',
  },
  'fidelity.genders_exact': { fi: 'Sukupuolet siirtyivät sellaisinaan.', sv: 'Könen fördes över som de är.' },
  'fidelity.geo_circle': {
    fi: 'Paikasta tehtiin ympyrä sen keskipisteen ympärille: reunoilla tavoitetaan myös rajojen ulkopuolelta. Tarkkaan osumaan hae paikan tunniste.',
    sv: 'Platsen blev en cirkel runt dess mittpunkt: vid kanterna nås också personer utanför gränserna. För en exakt träff, slå upp platsens id.',
  },
  'fidelity.geo_circles': {
    fi: 'Paikasta tehtiin ympyrä sen keskipisteen ympärille: reunat eivät seuraa rajoja. Tarkkaan osumaan hae paikan tunniste.',
    sv: 'Platsen blev en cirkel runt dess mittpunkt: kanterna följer inte gränserna. För en exakt träff, slå upp platsens id.',
  },
  'fidelity.geo_country': { fi: 'Maa siirtyi sellaisenaan.', sv: 'Landet fördes över som det är.' },
  'fidelity.geo_exact': {
    fi: 'Paikka siirtyi kanavan omalla tunnisteella.',
    sv: 'Platsen fördes över med kanalens eget id.',
  },
  'fidelity.geo_exclude_circle': {
    fi: 'Poissuljettavasta paikasta tehtiin ympyrä: reunoilla rajataan pois myös rajojen ulkopuolelta. Tarkkaan osumaan hae paikan tunniste.',
    sv: 'Platsen som utesluts blev en cirkel: vid kanterna utesluts också personer utanför gränserna. För en exakt träff, slå upp platsens id.',
  },
  'fidelity.geo_excluded': {
    fi: 'Paikka rajattiin pois kanavan omalla tunnisteella.',
    sv: 'Platsen uteslöts med kanalens eget id.',
  },
  'fidelity.geo_exclusion_circle': {
    fi: 'Paikkaa ei rajattu pois: kanava ei hyväksy poissuljettavaa sädettä. Rajaa pois nimetty paikka.',
    sv: 'Platsen uteslöts inte: kanalen godtar ingen radie att utesluta. Uteslut en namngiven plats i stället.',
  },
  'fidelity.geo_lookup': {
    fi: 'Paikalle ei ole vahvistettua tunnistetta, joten sitä ei käytetty: hae tunniste kanavan rajapinnasta.',
    sv: 'Platsen har inget bekräftat id, så den användes inte: slå upp id:t i kanalens gränssnitt.',
  },
  'fidelity.geo_postal_circle': {
    fi: 'Postinumeroalueesta tehtiin ympyrä alueen keskipisteen ympärille, koska kanavan postinumerotunnisteita ei ole vahvistettu.',
    sv: 'Postnummerområdet blev en cirkel runt områdets mittpunkt eftersom kanalens postnummer-id inte är bekräftade.',
  },
  'fidelity.geo_radius': { fi: 'Säde siirtyi sellaisenaan.', sv: 'Radien fördes över som den är.' },
  'fidelity.geo_unresolved': {
    fi: 'kohteella ei ole tietoja tästä paikasta: hae sen tunniste kanavan haulla. Ilman muita paikkoja kohdistus kattaa koko maan.',
    sv: 'kohde har inga uppgifter om platsen: slå upp dess id med kanalens sökning. Utan andra platser omfattar inriktningen hela landet.',
  },
  'fidelity.geo_urn_unknown': {
    fi: 'Paikalle ei ole vahvistettua LinkedInin sijaintitunnistetta: hae se LinkedInin rajapinnasta.',
    sv: 'Platsen har inget bekräftat platsid på LinkedIn: slå upp det i LinkedIns gränssnitt.',
  },
  'fidelity.geo_widened_to_country': {
    fi: 'Paikalle ei ole LinkedInin tunnistetta ja kampanja tarvitsee sijainnin, joten kohdistetaan koko maahan: tavoittaa liian laajasti.',
    sv: 'Platsen har inget LinkedIn-id och kampanjen behöver en plats, så hela landet används i stället: når för brett.',
  },
  'fidelity.geo_within_country': {
    fi: 'Sisältyy jo saman kohdistuksen maahan.',
    sv: 'Ingår redan i landet i samma inriktning.',
  },
  'fidelity.google_sensitive_interest': {
    fi: 'Poistettiin: Googlen personoidun mainonnan käytäntö kieltää kohdistuksen tämän perusteella.',
    sv: 'Togs bort: Googles policy för anpassad annonsering förbjuder inriktning efter detta.',
  },
  'fidelity.group_mixes_criterion_types': {
    fi: 'Ryhmä yhdistää yleisösegmenttejä ja hakusanoja TAI-ehdolla, mutta Google yhdistää ne JA-ehdolla: ryhmä kapeni.',
    sv: 'Gruppen kombinerar målgruppssegment och sökord med ELLER, men Google kombinerar dem med OCH: gruppen blev smalare.',
  },
  'fidelity.groups_or_ed': {
    fi: 'Useammasta ryhmästä tuli yleisösegmenttejä, jotka Google yhdistää mainosryhmässä TAI-ehdolla: JA muuttui TAI:ksi ja tavoittaa liian laajasti.',
    sv: 'Flera grupper blev målgruppssegment som Google kombinerar med ELLER i en annonsgrupp: OCH blev ELLER och når för brett.',
  },
  'fidelity.income_unavailable_in_country': {
    fi: 'Jätettiin pois: Googlen tulotasokohdistus on saatavilla vain muutamassa maassa, ei tässä.',
    sv: 'Utelämnades: Googles inkomstinriktning finns bara i några länder, inte här.',
  },
  'fidelity.income_unsupported': {
    fi: 'LinkedInissä ei ole tulotasokohdistusta; tavallisia korvikkeita ovat senioriteetti, ammattinimikkeet ja yrityksen koko.',
    sv: 'LinkedIn har ingen inkomstinriktning; vanliga ersättare är senioritet, yrkestitlar och företagsstorlek.',
  },
  'fidelity.interest_unavailable': {
    fi: 'LinkedIn kohdistaa ammatillisten tietojen mukaan, eikä tälle ole vastinetta: tavoita nämä ihmiset Metassa tai Googlessa.',
    sv: 'LinkedIn riktar efter yrkesuppgifter och har ingen motsvarighet: nå dessa personer på Meta eller Google.',
  },
  'fidelity.keyword_phrase': {
    fi: 'Hakusanasta tuli fraasihakusana (hakukampanjat).',
    sv: 'Sökordet blev ett frasmatchat sökord (sökkampanjer).',
  },
  'fidelity.keyword_unsupported': {
    fi: 'LinkedInissä ei ole hakusanakohdistusta: käytä hakusanoihin Google Adsia.',
    sv: 'LinkedIn har ingen sökordsinriktning: använd Google Ads för sökord.',
  },
  'fidelity.language_exact': {
    fi: 'Kieli siirtyi kanavan omalla tunnisteella.',
    sv: 'Språket fördes över med kanalens eget id.',
  },
  'fidelity.language_lookup': {
    fi: 'Kielelle ei ole vahvistettua tunnistetta, joten kieliehtoa ei asetettu: hae tunniste Googlesta.',
    sv: 'Språket har inget bekräftat id, så inget språkvillkor sattes: slå upp id:t hos Google.',
  },
  'fidelity.language_urn_unknown': {
    fi: 'Kielelle ei ole vahvistettua LinkedInin käyttöliittymäkielen tunnistetta (LinkedIn kohdistaa jäsenen käyttöliittymän kielen mukaan): hae se LinkedInista.',
    sv: 'Språket har inget bekräftat id för LinkedIns gränssnittsspråk (LinkedIn riktar efter medlemmens gränssnittsspråk): slå upp det hos LinkedIn.',
  },
  'fidelity.life_event': {
    fi: 'Siirtyi Googlen elämäntapahtumaksi sen tunnisteella.',
    sv: 'Fördes över som Googles livshändelse med dess id.',
  },
  'fidelity.locale_unresolved': {
    fi: 'Kielelle ei ole vahvistettua Metan tunnistetta, joten kieltä ei rajattu (tavoittaa liian laajasti): hae tunniste Metasta.',
    sv: 'Språket har inget bekräftat Meta-id, så språket begränsades inte (når för brett): slå upp id:t hos Meta.',
  },
  'fidelity.lookup_needed': {
    fi: 'Ei vahvistettua Googlen tunnistetta: hae se Googlen rajapinnasta.',
    sv: 'Inget bekräftat Google-id: slå upp det i Googles gränssnitt.',
  },
  'fidelity.matched_audience_not_uploaded': {
    fi: 'Asiakaslista: lataa se Campaign Manageriin Matched Audience -yleisöksi ja tallenna sen tunniste.',
    sv: 'Kundlista: ladda upp den i Campaign Manager som Matched Audience och spara dess id.',
  },
  'fidelity.meta_detailed_exclusion_removed': {
    fi: 'Ei rajattu pois: Meta ei enää salli kiinnostusten, käyttäytymisen tai demografian poissulkuja. Rajaa pois mukautettu yleisö.',
    sv: 'Uteslöts inte: Meta tillåter inte längre uteslutning av intressen, beteenden eller demografi. Uteslut en anpassad målgrupp i stället.',
  },
  'fidelity.meta_fallback_unsupported': {
    fi: 'Metassa ei ole tätä kohdistusta: käytä ammattinimikkeitä tai kohdista tähän LinkedInissä.',
    sv: 'Meta har ingen sådan inriktning: använd yrkestitlar eller rikta till detta på LinkedIn.',
  },
  'fidelity.meta_id_unconfirmed': {
    fi: 'Ei vahvistettua Metan tunnistetta: hae se Metan haulla.',
    sv: 'Inget bekräftat Meta-id: slå upp det med Metas sökning.',
  },
  'fidelity.meta_no_equivalent': {
    fi: 'Metassa ei ole tälle vastinetta: käytä toimialoja tai ammattinimikkeitä.',
    sv: 'Meta har ingen motsvarighet: använd branscher eller yrkestitlar.',
  },
  'fidelity.meta_no_keyword_targeting': {
    fi: 'Metassa ei ole hakusanakohdistusta: etsi aiheen kiinnostuksia tai tavoita hakijat Googlessa.',
    sv: 'Meta har ingen sökordsinriktning: sök intressen för ämnet eller nå sökarna på Google.',
  },
  'fidelity.meta_no_site_targeting': {
    fi: 'Meta ei voi kohdistaa sivuston kävijöihin osoitteen perusteella: omien sivujen kävijöihin tarvitaan Meta Pixel ja siitä tehty yleisö.',
    sv: 'Meta kan inte rikta till en webbplats besökare efter adressen: för den egna webbplatsens besökare behövs en Meta Pixel och en målgrupp byggd på den.',
  },
  'fidelity.meta_restricted_field': {
    fi: 'Vastaa Metan rajoitettua vanhaa kenttää, jota kohde ei käytä ja jota ei ole saatavilla EU:n yleisöille: käytä asiakaslistaa tai korvikkeita.',
    sv: 'Motsvarar ett begränsat äldre fält hos Meta som kohde inte använder och som inte finns för målgrupper i EU: använd en kundlista eller ersättare.',
  },
  'fidelity.no_google_targeting': {
    fi: 'Jätettiin pois: Google Adsissa ei ole tätä kohdistusta. Jätä se pois tai korvaa hakusanoilla mukautetussa segmentissä.',
    sv: 'Utelämnades: Google Ads har ingen sådan inriktning. Utelämna den eller ersätt den med sökord i ett anpassat segment.',
  },
  'fidelity.parental_status': {
    fi: 'Siirtyi Googlen vanhemmuustilaksi.',
    sv: 'Fördes över som Googles föräldrastatus.',
  },
  'fidelity.presence_exact': {
    fi: 'Siirtyi sellaisenaan: paikoissa asuvat tai säännöllisesti oleskelevat.',
    sv: 'Fördes över som det är: personer som bor eller regelbundet vistas på platserna.',
  },
  'fidelity.presence_home_or_recent': {
    fi: 'Siirtyi sellaisenaan: paikoissa asuvat tai äskettäin olleet.',
    sv: 'Fördes över som det är: personer som bor eller nyligen varit på platserna.',
  },
  'fidelity.presence_home_unavailable': {
    fi: 'Metassa voi valita vain asuvat tai äskettäin olleet yhdessä, joten myös vierailijat tavoitetaan.',
    sv: 'Hos Meta kan man bara välja boende och nyligen besökande tillsammans, så även besökare nås.',
  },
  'fidelity.presence_includes_visitors': {
    fi: 'Google ei voi rajata vain asukkaisiin, joten myös vierailijat ja pendelöijät tavoitetaan.',
    sv: 'Google kan inte begränsa till boende, så även besökare och pendlare nås.',
  },
  'fidelity.presence_recent_included': {
    fi: 'LinkedInin sijainti vastaa profiilin sijaintia tai äskettäistä IP-sijaintia, joten myös vierailijat tavoitetaan.',
    sv: 'LinkedIns plats motsvarar profilens plats eller en nylig IP-plats, så även besökare nås.',
  },
  'fidelity.radius_clamped': {
    fi: 'Säde kasvatettiin Metan vähimmäissäteeseen: tavoittaa hieman laajemmin.',
    sv: 'Radien ökades till Metas minsta radie: når något bredare.',
  },
  'fidelity.radius_unsupported': {
    fi: 'LinkedInissä ei ole sädekohdistusta: ympyrä jätettiin pois. Nimeä sen sisällä olevat paikkakunnat tai alueet.',
    sv: 'LinkedIn har ingen radieinriktning: cirkeln utelämnades. Ange orterna eller områdena inom den i stället.',
  },
  'fidelity.sac_declared': {
    fi: 'Erityinen mainosluokka ilmoitettiin kampanjassa.',
    sv: 'Den särskilda annonskategorin angavs i kampanjen.',
  },
  'fidelity.sac_none': {
    fi: 'Ei erityistä mainosluokkaa.',
    sv: 'Ingen särskild annonskategori.',
  },
  'fidelity.sac_restricted_targeting': {
    fi: 'Google kieltää kohdistamasta asumisen, työpaikkojen ja luottojen mainoksia iän tai sukupuolen mukaan Yhdysvalloissa ja Kanadassa: ehto jätettiin pois.',
    sv: 'Google förbjuder inriktning av annonser för bostäder, jobb och krediter efter ålder eller kön i USA och Kanada: villkoret utelämnades.',
  },
  'fidelity.sac_age_locked': {
    fi: 'Meta lukitsee {category} iät 18–65+:aan, kun erityisen mainosluokan rajoitukset ovat voimassa: tavoittaa laajemmin.',
    sv: 'Meta låser åldrarna för {category} till 18–65+ där begränsningarna för särskilda annonskategorier gäller: når bredare.',
  },
  'fidelity.sac_exclusion_unavailable': {
    fi: 'Ei rajattu pois: Metassa {category} yleisöpoissulut eivät ole sallittuja, kun erityisen mainosluokan rajoitukset ovat voimassa.',
    sv: 'Uteslöts inte: Meta tillåter inte uteslutning av målgrupper för {category} där begränsningarna för särskilda annonskategorier gäller.',
  },
  'fidelity.sac_gender_locked': {
    fi: 'Kaikki sukupuolet: Metassa {category} kohdistus sukupuolen mukaan ei ole sallittu, kun erityisen mainosluokan rajoitukset ovat voimassa.',
    sv: 'Alla kön: Meta tillåter inte inriktning efter kön för {category} där begränsningarna för särskilda annonskategorier gäller.',
  },
  'fidelity.sac_location_exclusion_unavailable': {
    fi: 'Ei rajattu pois: Metassa {category} sijaintipoissulut eivät ole sallittuja, kun erityisen mainosluokan rajoitukset ovat voimassa.',
    sv: 'Uteslöts inte: Meta tillåter inte uteslutning av platser för {category} där begränsningarna för särskilda annonskategorier gäller.',
  },
  'fidelity.sac_postal_unavailable': {
    fi: 'Jätettiin pois: Metassa {category} postinumerokohdistus ei ole sallittu, kun erityisen mainosluokan rajoitukset ovat voimassa. Kohdista kuntaan.',
    sv: 'Utelämnades: Meta tillåter inte postnummerinriktning för {category} där begränsningarna för särskilda annonskategorier gäller. Rikta till kommunen i stället.',
  },
  'fidelity.sac_radius_widened': {
    fi: 'Säde kasvatettiin 25 km:iin: {category} on katettava vähintään 15 mailia paikan ympäriltä.',
    sv: 'Radien ökades till 25 km: {category} måste täcka minst 15 miles runt en plats.',
  },
  'fidelity.segment_approximated': {
    fi: 'Googlella ei ole tälle omaa ryhmää: se korvattiin lähimmällä Googlen ryhmällä, joka tavoittaa laajemman tai eri joukon.',
    sv: 'Google har ingen egen grupp för detta: den ersattes med Googles närmaste grupp, som når en bredare eller annan krets.',
  },
  'fidelity.special_ad_category_none': {
    fi: 'Ei erityistä mainosluokkaa: ilmoitettavaa ei ole.',
    sv: 'Ingen särskild annonskategori: inget att ange.',
  },
  'fidelity.special_ad_category_policy': {
    fi: 'Googlella ei ole erityisen mainosluokan kenttää; Google rajoittaa näitä mainoksia vain Yhdysvalloissa ja Kanadassa.',
    sv: 'Google har inget fält för särskild annonskategori; Google begränsar dessa annonser bara i USA och Kanada.',
  },
  'fidelity.special_ad_category_unchecked': {
    fi: 'LinkedInin sääntöjä tälle mainosluokalle ei tarkistettu, eikä määrityksessä ole luokkakenttää: katso käytäntöhavainto.',
    sv: 'LinkedIns regler för annonskategorin kontrollerades inte, och specifikationen saknar kategorifält: se policyfyndet.',
  },
  'fidelity.teen_age_location_only': {
    fi: 'Jätettiin pois: Meta sallii alle 18-vuotiaiden tavoittamisen vain iän ja sijainnin perusteella. Nosta alaikäraja 18:aan tai tee erillinen 18+ mainossarja.',
    sv: 'Utelämnades: Meta tillåter att personer under 18 nås endast efter ålder och plats. Höj minimiåldern till 18 eller gör en separat 18+-annonsgrupp.',
  },
  'fidelity.teen_gender_unavailable': {
    fi: 'Kaikki sukupuolet: Meta sallii alle 18-vuotiaiden tavoittamisen vain iän ja sijainnin perusteella.',
    sv: 'Alla kön: Meta tillåter att personer under 18 nås endast efter ålder och plats.',
  },
  'fidelity.term_exact': {
    fi: 'Siirtyi kanavan omalla tunnisteella.',
    sv: 'Fördes över med kanalens eget id.',
  },
  'fidelity.term_urn_unknown': {
    fi: 'Ei vahvistettua LinkedInin tunnistetta: hae se LinkedInin rajapinnasta ja tallenna tulos.',
    sv: 'Inget bekräftat LinkedIn-id: slå upp det i LinkedIns gränssnitt och spara resultatet.',
  },
  'fidelity.user_interest': {
    fi: 'Siirtyi Googlen kiinnostuksen kohteeksi sen tunnisteella (Display-, Video- ja Demand Gen -kampanjat; hakukampanjat eivät hyväksy niitä).',
    sv: 'Fördes över som Googles intressekategori med dess id (Display-, video- och Demand Gen-kampanjer; sökkampanjer tar inte emot dem).',
  },
  'fidelity.website_unsupported': {
    fi: 'LinkedIn ei voi kohdistaa muiden sivustojen kävijöihin; omien sivujen kävijöihin tarvitaan Insight Tag ja siitä tehty uudelleenkohdistussegmentti.',
    sv: 'LinkedIn kan inte rikta till besökare på andra webbplatser; för den egna webbplatsens besökare behövs Insight Tag och ett retargetingsegment byggt på den.',
  },
  'fidelity.facet_combination_dropped': {
    fi: 'Jätettiin pois: LinkedIn ei salli tämän tyypin ehtoa JA-ehdolla toisen ryhmän ehtojen kanssa, joten ryhmä poistettiin (tavoittaa liian laajasti).',
    sv: 'Utelämnades: LinkedIn tillåter inte villkor av den här typen med OCH tillsammans med en annan grupps villkor, så gruppen togs bort (når för brett).',
  },
  'fidelity.facet_include_only': {
    fi: 'LinkedInissä tällä tyypillä voi vain sisällyttää, ei rajata pois.',
    sv: 'På LinkedIn kan den här typen bara inkludera, inte utesluta.',
  },
  'fidelity.geo_invalid': {
    fi: 'Paikkaa ei voi käyttää: sen tiedot ovat virheelliset.',
    sv: 'Platsen kan inte användas: dess uppgifter är ogiltiga.',
  },
  'fidelity.geo_key': {
    fi: 'Paikka siirtyi Metan omalla tunnisteella.',
    sv: 'Platsen fördes över med Metas eget id.',
  },
  'fidelity.keyword_too_long': {
    fi: 'Yksikään sana ei mahdu Googlen rajaan (10 sanaa ja 80 merkkiä), joten ehto jätettiin pois.',
    sv: 'Inget av orden ryms inom Googles gräns (10 ord och 80 tecken), så villkoret utelämnades.',
  },
  'fidelity.language_unsupported': {
    fi: 'LinkedInissä ei ole tätä kieltä: kieliehto jätettiin pois.',
    sv: 'LinkedIn har inte det här språket: språkvillkoret utelämnades.',
  },
  'fidelity.eea_group_ban': {
    fi: 'Poistettiin: LinkedIn ei enää salli ryhmäjäsenyyteen perustuvaa kohdistusta EU:ssa ja ETA-alueella (7.6.2024 alkaen).',
    sv: 'Togs bort: LinkedIn tillåter inte längre inriktning efter gruppmedlemskap i EU/EES (sedan 7.6.2024).',
  },
  'fidelity.locale_exact': {
    fi: 'Kieli siirtyi Metan omalla tunnisteella.',
    sv: 'Språket fördes över med Metas eget id.',
  },
  'fidelity.locale_withheld': {
    fi: 'Kieli jätettiin pois, koska toiselle kielelle ei ole vahvistettua tunnistetta: mainossarjaa ei rajata kielen mukaan.',
    sv: 'Språket utelämnades eftersom ett annat språk saknar bekräftat id: annonsgruppen begränsas inte efter språk.',
  },
  'fidelity.mapping_invalid': {
    fi: 'Jätettiin pois: taksonomian Google-tunniste ei ole kelvollinen.',
    sv: 'Utelämnades: taxonomins Google-id är inte giltigt.',
  },
  'fidelity.mapping_target_unknown': {
    fi: 'Jätettiin pois: taksonomia viittaa kanavan kohdistukseen, jota kohde ei tunne.',
    sv: 'Utelämnades: taxonomin hänvisar till en inriktning i kanalen som kohde inte känner till.',
  },
  'fidelity.meta_field_outside_flexible_spec': {
    fi: 'Parisuhdetilaa ei voi yhdistää Metassa ryhmän muihin ehtoihin TAI-ehdolla.',
    sv: 'Civilstånd kan inte kombineras med gruppens andra villkor med ELLER hos Meta.',
  },
  'fidelity.meta_id_invalid': {
    fi: 'Taksonomian Meta-tunniste ei ole numeerinen: tarkista se Metan haulla.',
    sv: 'Taxonomins Meta-id är inte numeriskt: kontrollera det med Metas sökning.',
  },
  'fidelity.meta_target_unknown': {
    fi: 'Jätettiin pois: ehto vastaa Metan kohdistusta, jota kohde ei käytä.',
    sv: 'Utelämnades: villkoret motsvarar en inriktning hos Meta som kohde inte använder.',
  },
  'fidelity.retargeting_segment_missing': {
    fi: 'Tarvitaan uudelleenkohdistussegmentti LinkedInin Insight Tagista (Campaign Manager): tallenna sen tunniste.',
    sv: 'Ett retargetingsegment från LinkedIns Insight Tag behövs (Campaign Manager): spara dess id.',
  },
  'fidelity.sac_radius_raised': {
    fi: 'Säde kasvatettiin: Google vaatii asumisen, työpaikkojen ja luottojen mainoksille vähimmäissäteen Yhdysvalloissa ja Kanadassa.',
    sv: 'Radien ökades: Google kräver en minsta radie för annonser om bostäder, jobb och krediter i USA och Kanada.',
  },
  'fidelity.meta_eu_teens_undeliverable': {
    fi: 'Meta ei ole 6.11.2023 jälkeen näyttänyt mainoksia alle 18-vuotiaille EU:ssa, ETA-maissa ja Sveitsissä: tässä iässä kukaan näissä paikoissa ei näe mainoksia.',
    sv: 'Meta visar sedan 6.11.2023 inga annonser för personer under 18 år i EU, EES och Schweiz: i denna ålder ser ingen på dessa platser annonserna.',
  },
  'fidelity.geo_exclusion_circles_left_out': {
    fi: 'Googlella ei ole varmistettua tunnistetta rajattavalle paikalle, joten sitä ei voi rajata pois: sen oma ympyrä jätettiin pois mukaan otetuista ympyröistä, mutta naapuriympyrät voivat silti ulottua sinne.',
    sv: 'Google har inget bekräftat id för platsen som ska uteslutas, så den kan inte uteslutas: dess egen cirkel lämnades bort ur de inkluderade cirklarna, men närliggande cirklar kan ändå nå in i den.',
  },
  'fidelity.linkedin_political_ads_banned': {
    fi: 'LinkedIn kieltää poliittiset mainokset kaikissa maissa: tätä kohderyhmää ei voi käyttää LinkedInissä (katso käytäntöhavainto).',
    sv: 'LinkedIn förbjuder politisk reklam i alla länder: målgruppen kan inte användas på LinkedIn (se policyanmärkningen).',
  },
  'fidelity.term_unsupported': {
    fi: 'LinkedInissä ei ole tälle kohdistusta: ehto jätettiin pois.',
    sv: 'LinkedIn har ingen inriktning för detta: villkoret utelämnades.',
  },
} satisfies FiSvTable

// Meta's special ad categories in the sentences above ("for housing ads").
export const SAC_CATEGORY_TEXT = {
  housing: { fi: 'asuntomainosten', sv: 'bostadsannonser' },
  financial: { fi: 'rahoitustuotteiden mainosten', sv: 'annonser för finansiella produkter' },
  employment: { fi: 'työpaikkamainosten', sv: 'jobbannonser' },
} as const
