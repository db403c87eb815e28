import type { FiSvTable } from './message-table.js'

// The compilers' policy findings (audiences/channels/*-policy.ts, audiences/policy) by code, for the audience page.
// The sentences state the rule and what to do without the finding's particulars (place names, counts, categories):
// the page keeps the channel's original English text beside them, which names those, and shows it alone in English.
export const POLICY_MESSAGES = {
  'policy.dsa_minor_profiling': {
    fi: 'EU:n digipalvelusäädös (DSA 28(2) art.) kieltää profilointiin perustuvat mainokset alaikäisille: alaikäraja nostettiin 18 vuoteen, koska kohderyhmässä on kiinnostuksen tai käyttäytymisen ehtoja. Alle 18-vuotiaita voi tavoittaa vain iän ja paikan perusteella.',
    sv: 'EU:s rättsakt om digitala tjänster (DSA art. 28.2) förbjuder annonser som bygger på profilering av minderåriga: minimiåldern höjdes till 18 eftersom målgruppen har intresse- eller beteendevillkor. Personer under 18 kan nås endast efter ålder och plats.',
  },
  'policy.dsa_special_category': {
    fi: 'Ehto profiloi ihmisiä GDPR:n erityisen henkilötietoryhmän perusteella, mitä DSA (26(3) art.) ei salli EU:ssa: ehto poistettiin. Kohdista sisällön mukaan (hakusanat, sijoittelut).',
    sv: 'Villkoret profilerar personer efter en särskild kategori av personuppgifter enligt GDPR, vilket DSA (art. 26.3) förbjuder i EU: villkoret togs bort. Rikta efter sammanhang (sökord, placeringar) i stället.',
  },
  'policy.google_access_to_opportunity_restricted': {
    fi: 'Google rajoittaa asumisen, työpaikkojen ja luottojen mainoksia Yhdysvalloissa ja Kanadassa: ei kohdistusta iän, sukupuolen, vanhemmuuden, siviilisäädyn tai postinumeron mukaan eikä asiakaslistoja. kohde poisti tai mukautti nämä ehdot (katso vastaavuusraportti).',
    sv: 'Google begränsar annonser för bostäder, jobb och krediter i USA och Kanada: ingen inriktning efter ålder, kön, föräldraskap, civilstånd eller postnummer och inga kundlistor. kohde tog bort eller anpassade dessa villkor (se motsvarighetsrapporten).',
  },
  'policy.google_access_to_opportunity_us_ca_only': {
    fi: 'Googlen erityiskategorioiden rajoitukset koskevat vain Yhdysvaltoja ja Kanadaa, joten näissä paikoissa Google ei rajoita mitään; muut kanavat voivat silti rajoittaa.',
    sv: 'Googles begränsningar för särskilda annonskategorier gäller bara USA och Kanada, så här begränsar Google ingenting; andra kanaler kan ändå begränsa.',
  },
  'policy.google_custom_segments_to_create': {
    fi: 'Luo mukautetut segmentit (customAudiences) ensin CustomAudienceServicellä ja korvaa sitten mainosryhmän ehtojen väliaikaiset viittaukset palautetuilla tunnisteilla.',
    sv: 'Skapa de anpassade segmenten (customAudiences) först med CustomAudienceService och ersätt sedan de tillfälliga referenserna i annonsgruppens villkor med de returnerade id:na.',
  },
  'policy.google_eu_political_ads_not_served': {
    fi: 'Google lopetti poliittisten mainosten näyttämisen EU:ssa (TTPA-asetus, lokakuu 2025): kampanja ei näy kohdistetuissa EU-paikoissa. Käytä toista kanavaa tai poista EU-paikat.',
    sv: 'Google slutade visa politiska annonser i EU (TTPA-förordningen, oktober 2025): kampanjen visas inte på de EU-platser den riktar sig till. Använd en annan kanal eller ta bort EU-platserna.',
  },
  'policy.google_eu_political_declaration': {
    fi: 'Kampanja ilmoittaa, ettei se sisällä EU:n poliittista mainontaa: Google ei hyväksy muutoksia kampanjaan ilman tätä ilmoitusta. Muuta ilmoitus, jos mainokset ovat poliittisia.',
    sv: 'Kampanjen anger att den inte innehåller politisk reklam i EU: Google godtar inga ändringar i kampanjer utan denna uppgift. Ändra den om annonserna är politiska.',
  },
  'policy.google_income_unavailable': {
    fi: 'Googlen kotitalouden tulotason kohdistus on saatavilla vain muutamassa maassa (ei Suomessa eikä Ruotsissa), joten tuloehdot jätettiin pois. Käytä vaurauden korvikkeita, kuten kiinnostusta luksustuotteisiin.',
    sv: 'Googles inriktning på hushållsinkomst finns bara i några länder (inte i Finland eller Sverige), så inkomstvillkoren utelämnades. Använd ersättare för välstånd, till exempel intresse för lyxvaror.',
  },
  'policy.meta_eu_teens_undeliverable': {
    fi: 'Meta ei näytä mainoksia alle 18-vuotiaille, jotka ovat EU:ssa, ETA-maissa tai Sveitsissä: kohden arvio ei laske heitä mukaan. Nosta alaikäraja 18 vuoteen tai tavoita heidät toisessa kanavassa.',
    sv: 'Meta visar inga annonser för personer under 18 år som befinner sig i EU, EES eller Schweiz: kohdes uppskattning räknar inte med dem. Höj minimiåldern till 18 eller nå dem i en annan kanal.',
  },
  'policy.linkedin_political_ads_banned': {
    fi: 'LinkedIn kieltää poliittiset mainokset kaikkialla: ehdokkaiden, puolueiden tai kansanäänestysten puolesta tai vastaan, vaaleihin vaikuttamaan pyrkivät, poliittinen varainkeruu ja arkoja poliittisia kysymyksiä hyödyntävät mainokset. Älä käytä tätä kohderyhmää LinkedInissä.',
    sv: 'LinkedIn förbjuder politisk reklam överallt: annonser för eller emot kandidater, partier eller folkomröstningar, annonser som ska påverka val, politisk insamling och annonser som utnyttjar känsliga politiska frågor. Använd inte målgruppen på LinkedIn.',
  },
  'policy.google_minors_untargetable': {
    fi: 'Google ei kohdista alle 18-vuotiaisiin iän perusteella: ilman ikäehtoa kampanja tavoittaisi aikuisia. Älä käytä tätä kohderyhmää Googlessa.',
    sv: 'Google riktar inte till personer under 18 efter ålder: utan åldersvillkor skulle kampanjen nå vuxna. Använd inte den här målgruppen på Google.',
  },
  'policy.google_no_location': {
    fi: 'Googlessa ei voitu kohdistaa yhteenkään paikkaan, ja kampanja ilman sijaintiehtoa näkyy kaikissa maissa. Selvitä vastaavuusraportin paikkahaut ennen käynnistystä.',
    sv: 'Ingen plats kunde riktas på Google, och en kampanj utan platsvillkor visas i alla länder. Lös platsuppslagen i motsvarighetsrapporten före start.',
  },
  'policy.google_political_ads_verification': {
    fi: 'Kampanja ilmoittaa sisältävänsä EU:n poliittista mainontaa: Google näyttää vaalimainoksia vain varmennetuilta mainostajilta. Tee vaalimainosvarmennus ja tarkista alueelliset säännöt ennen käynnistystä.',
    sv: 'Kampanjen anger att den innehåller politisk reklam i EU: Google visar valannonser bara från verifierade annonsörer. Slutför verifieringen för valannonser och kontrollera de regionala reglerna före start.',
  },
  'policy.google_sensitive_category_audiences': {
    fi: 'Tämä on Googlessa lakisääteisesti rajoitettu arkaluonteinen ala: mainostajan omia yleisöjä (asiakaslistat, omat segmentit, samankaltaiset yleisöt) ei voi käyttää, joten asiakaslistat jätettiin pois. Googlen omat yleisöt ovat sallittuja.',
    sv: 'Detta är en lagreglerad känslig kategori på Google: annonsörens egna målgrupper (kundlistor, egna segment, liknande målgrupper) kan inte användas, så kundlistorna utelämnades. Googles egna målgrupper är tillåtna.',
  },
  'policy.google_sensitive_interest': {
    fi: 'Ehto on arkaluonteinen kiinnostusluokka: Googlen personoidun mainonnan käytäntö kieltää kohdistuksen sen perusteella, joten se poistettiin. Kohdista sisällön mukaan (hakusanat).',
    sv: 'Villkoret är en känslig intressekategori: Googles policy för anpassad annonsering förbjuder inriktning efter den, så den togs bort. Rikta efter sammanhang (sökord) i stället.',
  },
  'policy.linkedin_age_gender_inferred': {
    fi: 'LinkedIn päättelee monen jäsenen iän ja sukupuolen, joten ikä- ja sukupuolirajaukset ovat arvioita ja jättävät pois jäsenet, joita LinkedIn ei osaa sijoittaa.',
    sv: 'LinkedIn härleder ålder och kön för många medlemmar, så ålders- och könsfilter är uppskattningar och utesluter medlemmar som LinkedIn inte kan placera.',
  },
  'policy.linkedin_age_unreachable': {
    fi: 'LinkedIn ei voi kohdistaa tähän ikäväliin (sen ikäryhmät alkavat 18:sta), joten määrityksessä ei ole ikärajausta ja se tavoittaisi aikuisia. Älä käytä tätä kohderyhmää LinkedInissä.',
    sv: 'LinkedIn kan inte rikta till det här åldersintervallet (dess åldersgrupper börjar vid 18), så specifikationen saknar åldersfilter och skulle nå vuxna. Använd inte den här målgruppen på LinkedIn.',
  },
  'policy.linkedin_audience_likely_too_small': {
    fi: 'Kohderyhmä jää todennäköisesti selvästi alle LinkedInin 300 jäsenen vähimmäiskoon. Laajenna aluetta tai poista ehtoryhmä ja tarkista koko audienceCounts-kutsulla.',
    sv: 'Målgruppen ligger troligen långt under LinkedIns minimum på 300 medlemmar. Vidga området eller ta bort en villkorsgrupp och kontrollera storleken med audienceCounts.',
  },
  'policy.linkedin_audience_minimum': {
    fi: 'LinkedIn hylkää kampanjat, joiden kohderyhmässä on alle 300 jäsentä. kohde ei voi laskea LinkedInin jäseniä: tarkista ehdot audienceCounts-kutsulla ennen käynnistystä.',
    sv: 'LinkedIn avvisar kampanjer vars målgrupp har färre än 300 medlemmar. kohde kan inte räkna LinkedIns medlemmar: kontrollera villkoren med audienceCounts före start.',
  },
  'policy.linkedin_location_required': {
    fi: 'LinkedIn-kampanja tarvitsee vähintään yhden sijainnin, eikä yhdellekään kohderyhmän paikalle ole LinkedInin sijaintitunnistetta (säteitä ei voi käyttää). Lisää maa tai hae paikkojen tunnisteet.',
    sv: 'En LinkedIn-kampanj behöver minst en plats, och ingen av målgruppens platser har ett LinkedIn-platsid (radier kan inte användas). Lägg till ett land eller slå upp platsernas id.',
  },
  'policy.linkedin_special_ad_category_unchecked': {
    fi: 'Kohderyhmälle on ilmoitettu erityinen mainosluokka. kohde ei tarkistanut LinkedInin omia sääntöjä sille, eikä LinkedIn-määrityksessä ole luokkakenttää: lue LinkedInin mainontakäytännöt ennen käynnistystä.',
    sv: 'Målgruppen har en särskild annonskategori. kohde kontrollerade inte LinkedIns egna regler för den, och LinkedIn-specifikationen saknar kategorifält: läs LinkedIns annonseringspolicy före start.',
  },
  'policy.linkedin_targeting_discrimination_notice': {
    fi: 'LinkedInin kohdistusta käyttävien sovellusten on näytettävä mainostajille LinkedInin ilmoitus syrjivästä kohdistuksesta (Targeting Discrimination Notice).',
    sv: 'Appar som använder LinkedIns inriktning måste visa annonsörer LinkedIns meddelande om diskriminerande inriktning (Targeting Discrimination Notice).',
  },
  'policy.meta_advantage_audience_off': {
    fi: 'Advantage+-yleisö lähetetään pois päältä, jotta ikä ja tarkka kohdistus pysyvät ehdottomina rajoina; Ads Manager kytkee sen oletuksena päälle. Kytke se päälle vain, jos Meta saa käyttää ehtoja ehdotuksina.',
    sv: 'Advantage+-målgrupp skickas avstängd så att ålder och detaljerad inriktning förblir fasta gränser; Ads Manager slår på den som standard. Slå på den bara om Meta får behandla villkoren som förslag.',
  },
  'policy.meta_detailed_exclusions_removed': {
    fi: 'Meta ei enää tarjoa tarkan kohdistuksen poissulkuja (kiinnostukset, käyttäytyminen, demografia); jäljellä ovat mukautetut yleisöt ja sijainnit. Rajaa pois mukautettu yleisö niistä ihmisistä.',
    sv: 'Meta erbjuder inte längre uteslutningar i detaljerad inriktning (intressen, beteenden, demografi); kvar finns anpassade målgrupper och platser. Uteslut en anpassad målgrupp av de personerna i stället.',
  },
  'policy.meta_dsa_beneficiary_payor': {
    fi: 'EU:hun kohdistuvien mainossarjojen on kerrottava, kuka hyötyy mainoksesta ja kuka sen maksaa: korvaa paikkamerkit kentissä dsa_beneficiary ja dsa_payor.',
    sv: 'Annonsgrupper som når EU måste ange vem som gynnas av annonsen och vem som betalar: ersätt platshållarna i dsa_beneficiary och dsa_payor.',
  },
  'policy.meta_eu_political_ads_stopped': {
    fi: 'Meta ei enää salli poliittisia, vaaleihin liittyviä tai yhteiskunnallisia mainoksia EU:ssa (TTPA-asetus, lokakuu 2025): kampanjaa ei voi ajaa sen EU-paikoissa.',
    sv: 'Meta tillåter inte längre politiska annonser, valannonser eller annonser om samhällsfrågor i EU (TTPA-förordningen, oktober 2025): kampanjen kan inte köras på sina EU-platser.',
  },
  'policy.meta_gambling_permission': {
    fi: 'Rahapeli- ja pelimainokset tarvitsevat Metan kirjallisen ennakkoluvan, ja ne saa kohdistaa vain Metan hyväksymiin maihin.',
    sv: 'Annonser för spel om pengar kräver Metas skriftliga förhandstillstånd och får bara riktas till länder som Meta godkänner.',
  },
  'policy.meta_placements_automatic': {
    fi: 'Määritys nimeää kanavan, mutta sijoittelut jätettiin pois, koska niiden arvoja ei ole varmistettu: Meta käyttää kaikkia alustan sijoitteluja. Rajaa niitä Ads Managerissa tarvittaessa.',
    sv: 'Specifikationen anger kanalen men utelämnar placeringarna eftersom deras värden inte är bekräftade: Meta använder plattformens alla placeringar. Begränsa dem i Ads Manager vid behov.',
  },
  'policy.meta_political_ads_authorization': {
    fi: 'Yhteiskunnallisia asioita, vaaleja tai politiikkaa koskevat mainokset edellyttävät, että mainostaja tekee Metan mainosvaltuutuksen ja mainoksessa on "Maksanut"-ilmoitus.',
    sv: 'Annonser om samhällsfrågor, val eller politik kräver att annonsören slutför Metas annonsauktorisering och att annonsen har en "Betald av"-uppgift.',
  },
  'policy.meta_teen_age_location_only': {
    fi: 'Kohderyhmässä on alle 18-vuotiaita: Meta sallii heidän tavoittamisensa vain iän ja sijainnin perusteella, joten muut ehdot poistettiin. Nosta alaikäraja 18:aan (tai tee erillinen 18+ mainossarja) säilyttääksesi ne.',
    sv: 'Målgruppen omfattar personer under 18: Meta låter annonsörer nå dem endast efter ålder och plats, så de andra villkoren togs bort. Höj minimiåldern till 18 (eller gör en separat 18+-annonsgrupp) för att behålla dem.',
  },
  'policy.sac_audience_restricted': {
    fi: 'Erityisen mainosluokan mainokset saavat näissä paikoissa Metan rajatut yleisötyökalut: ikä 18–65+, kaikki sukupuolet, ei postinumeroita, ei sijainti- tai yleisöpoissulkuja, vähintään 15 mailin säde, ei Advantage+-yleisöä. Määritystä mukautettiin; vastaavuusraportti luettelee muutokset.',
    sv: 'Annonser i en särskild annonskategori får här Metas begränsade målgruppsverktyg: ålder 18–65+, alla kön, inga postnummer, inga plats- eller målgruppsuteslutningar, minst 15 miles radie, ingen Advantage+-målgrupp. Specifikationen anpassades; motsvarighetsrapporten listar ändringarna.',
  },
  'policy.sac_automation_unavailable': {
    fi: 'Meta ei tue Advantage+-yleisöautomaatiota erityisissä mainosluokissa: se lähetetään pois päältä, ja sen on pysyttävä pois päältä.',
    sv: 'Meta stöder inte Advantage+-målgruppsautomatik i särskilda annonskategorier: den skickas avstängd och måste förbli avstängd.',
  },
  'policy.sac_country_missing': {
    fi: 'Meta vaatii erityisen mainosluokan kampanjalle maan (special_ad_category_country), eikä säteellä ole maata: lisää maa, jossa kukin säde on.',
    sv: 'Meta kräver ett land (special_ad_category_country) för kampanjer i en särskild annonskategori, och en radie har inget land: lägg till landet där varje radie ligger.',
  },
  'policy.sac_detailed_targeting_limited': {
    fi: 'Osa tarkan kohdistuksen vaihtoehdoista ei ole käytettävissä tämän mainosluokan mainoksille; tarkista kukin tunniste Metan targetingsearch-haulla.',
    sv: 'Vissa alternativ för detaljerad inriktning är inte tillgängliga för annonser i den här kategorin; kontrollera varje id med Metas targetingsearch.',
  },
  'policy.linkedin_dynamic_segments_with_interests': {
    fi: 'LinkedIn ei salli jäsenten kiinnostusten tai käyttäytymisen yhdistämistä JA-ehdolla uudelleenkohdistussegmentteihin: kiinnostusehdot jätettiin pois.',
    sv: 'LinkedIn tillåter inte att medlemmarnas intressen eller beteenden kombineras med OCH med retargetingsegment: intressevillkoren utelämnades.',
  },
  'policy.linkedin_eea_group_ban': {
    fi: 'LinkedIn ei enää salli ryhmäjäsenyyteen perustuvaa kohdistusta EU:ssa ja ETA-alueella (7.6.2024 alkaen): ryhmäehto poistettiin. Kohdista ammatillisilla ehdoilla.',
    sv: 'LinkedIn tillåter inte längre inriktning efter gruppmedlemskap i EU/EES (sedan 7.6.2024): gruppvillkoret togs bort. Rikta efter yrkesvillkor i stället.',
  },
  'policy.linkedin_employers_with_company_facets': {
    fi: 'LinkedIn ei salli toimialojen ja yrityskokojen yhdistämistä JA-ehdolla työnantajiin: ne jätettiin pois.',
    sv: 'LinkedIn tillåter inte att branscher och företagsstorlekar kombineras med OCH med arbetsgivare: de utelämnades.',
  },
  'policy.linkedin_titles_with_functions_or_seniorities': {
    fi: 'LinkedIn ei salli tehtäväalueiden ja senioriteettien yhdistämistä JA-ehdolla ammattinimikkeisiin: ne jätettiin pois.',
    sv: 'LinkedIn tillåter inte att arbetsområden och senioritet kombineras med OCH med yrkestitlar: de utelämnades.',
  },
  'policy.sac_restrictions_not_applied': {
    fi: 'Erityinen mainosluokka on ilmoitettu, mutta kohderyhmä ei ulotu paikkoihin, joissa Meta rajoittaa yleisötyökalujaan, joten kohdistus säilyi. Jos mainostaja on yhdysvaltalainen, rajoitukset koskevat sitä silti.',
    sv: 'En särskild annonskategori är angiven, men målgruppen når inga platser där Meta begränsar sina målgruppsverktyg, så inriktningen behölls. Om annonsören är baserad i USA gäller begränsningarna ändå.',
  },
} satisfies FiSvTable
