import type { MessageTable } from './message-table.js'

// The planning check (issue 17): warnings, what to do, recommended budgets, cap suggestions, effective reach, calendar.
export const GUIDANCE_MESSAGES = {
  'guidance.heading': { fi: 'Suunnitelman tarkistus', sv: 'Kontroll av planen', en: 'Planning check' },
  'guidance.none': {
    fi: 'Ei huomautettavaa: jokainen rivi on tehokkaan frekvenssin rajoissa eikä ylitä kohtaa, jossa tavoittavuuden kasvu hiipuu.',
    sv: 'Inget att anmärka: varje rad ligger inom sitt effektiva frekvensintervall och före punkten där räckvidden planar ut.',
    en: 'Nothing to flag: every line is inside its effective frequency range and before the point where reach flattens.',
  },
  'guidance.count': {
    fi: '{count} huomiota. Korjaa ne ennen kuin jaat suunnitelman asiakkaalle.',
    sv: '{count} anmärkningar. Åtgärda dem innan du delar planen med kunden.',
    en: '{count} findings. Deal with them before you share the plan with the client.',
  },
  'guidance.warningsCaption': { fi: 'Huomiot', sv: 'Anmärkningar', en: 'Findings' },
  'guidance.severity.warning': { fi: 'Varoitus', sv: 'Varning', en: 'Warning' },
  'guidance.severity.info': { fi: 'Huomio', sv: 'Obs', en: 'Note' },
  'guidance.todo': { fi: 'Mitä tehdä', sv: 'Vad göra', en: 'What to do' },
  'guidance.finding': { fi: 'Havainto', sv: 'Iakttagelse', en: 'Finding' },
  'guidance.plan': { fi: 'Koko suunnitelma', sv: 'Hela planen', en: 'The whole plan' },

  'guidance.w.frequency_above_range': {
    fi: '{line}: tavoitetut näkevät mainokset keskimäärin {frequency} kertaa, yli tehokkaan välin {min}–{max}.',
    sv: '{line}: de som nås ser annonserna i genomsnitt {frequency} gånger, över det effektiva intervallet {min}–{max}.',
    en: '{line}: people reached see the ads {frequency} times on average, above the effective range {min}–{max}.',
  },
  'guidance.w.frequency_above_range.days': {
    fi: '{line}: tavoitetut näkevät mainokset keskimäärin {frequency} kertaa {days} päivän aikana, yli tehokkaan välin {min}–{max}.',
    sv: '{line}: de som nås ser annonserna i genomsnitt {frequency} gånger under {days} dagar, över det effektiva intervallet {min}–{max}.',
    en: '{line}: people reached see the ads {frequency} times on average over {days} days, above the effective range {min}–{max}.',
  },
  'guidance.w.frequency_below_range': {
    fi: '{line}: tavoitetut näkevät mainokset keskimäärin vain {frequency} kertaa, alle tehokkaan välin {min}–{max}.',
    sv: '{line}: de som nås ser annonserna i genomsnitt bara {frequency} gånger, under det effektiva intervallet {min}–{max}.',
    en: '{line}: people reached see the ads only {frequency} times on average, below the effective range {min}–{max}.',
  },
  'guidance.w.diminishing_returns': {
    fi: '{line}: yli {recommended} jokainen euro tavoittaa alle {threshold} siitä, minkä ensimmäinen euro (nyt {share}). Viimeiset {extra} tuovat vain {people} henkilöä lisää.',
    sv: '{line}: över {recommended} når varje euro under {threshold} av vad den första euron nådde (nu {share}). De sista {extra} ger bara {people} personer till.',
    en: '{line}: beyond {recommended} each euro reaches less than {threshold} of the people the first euro did (now {share}). The last {extra} add only {people} people.',
  },
  'guidance.w.audience_below_minimum': {
    fi: '{line}: noin {size} henkilöä, alle alustan {platform} vähimmäiskoon {minimum}: kampanja ei välttämättä käynnisty.',
    sv: '{line}: cirka {size} personer, under plattformens {platform} minimistorlek {minimum}: kampanjen kanske inte levereras.',
    en: '{line}: about {size} people, below the {platform} minimum of {minimum}: the platform may not run it.',
  },
  'guidance.w.audience_too_small_for_budget': {
    fi: '{line}: budjetilla saa {impressions} näyttöä {size} henkilölle, {perPerson} kullekin – yli ylärajan {max}.',
    sv: '{line}: budgeten köper {impressions} visningar för {size} personer, {perPerson} var – över taket {max}.',
    en: '{line}: the budget buys {impressions} impressions for {size} people, {perPerson} each – above the ceiling of {max}.',
  },
  'guidance.w.lines_overlap': {
    fi: '{line} ja {other} ostavat saman kohderyhmän alustalta {platform} samaan aikaan: ne kilpailevat samoissa huutokaupoissa, ja noin {people} henkilöä tavoitetaan molemmilla.',
    sv: '{line} och {other} köper samma målgrupp på {platform} samtidigt: de konkurrerar i samma auktioner, och cirka {people} personer nås av båda.',
    en: '{line} and {other} buy the same audience on {platform} at the same time: they compete in the same auctions, and about {people} people are reached by both.',
  },

  'guidance.a.set_frequency_cap': {
    fi: 'Aseta frekvenssikatto {cap} henkilöä kohden: tavoittavuus {reachNow} → {reachCap}, kulu {spendNow} → {spendCap}.',
    sv: 'Sätt ett frekvenstak på {cap} per person: räckvidd {reachNow} → {reachCap}, kostnad {spendNow} → {spendCap}.',
    en: 'Cap at {cap} per person: reach {reachNow} → {reachCap}, spend {spendNow} → {spendCap}.',
  },
  'guidance.a.lower_budget': {
    fi: 'Laske budjetiksi {budget}.',
    sv: 'Sänk budgeten till {budget}.',
    en: 'Lower the budget to {budget}.',
  },
  'guidance.a.lower_budget.plain': { fi: 'Laske budjettia.', sv: 'Sänk budgeten.', en: 'Lower the budget.' },
  'guidance.a.raise_budget': {
    fi: 'Nosta budjetiksi {budget}.',
    sv: 'Höj budgeten till {budget}.',
    en: 'Raise the budget to {budget}.',
  },
  'guidance.a.raise_budget.plain': {
    fi: 'Nosta frekvenssikattoa: se pysäyttää frekvenssin alle välin.',
    sv: 'Höj frekvenstaket: det stoppar frekvensen under intervallet.',
    en: 'Raise the frequency cap: it stops frequency below the range.',
  },
  'guidance.a.widen_audience': {
    fi: 'Laajenna kohderyhmä vähintään noin {people} henkilöön tai laske budjettia.',
    sv: 'Bredda målgruppen till minst cirka {people} personer eller sänk budgeten.',
    en: 'Widen the audience to at least about {people} people, or lower the budget.',
  },
  'guidance.a.merge_lines': {
    fi: 'Yhdistä ne yhdeksi riviksi (yksi mainosjoukko, molemmat sijoittelut) tai jaa kohderyhmä tai ajanjaksot.',
    sv: 'Slå ihop dem till en rad (en annonsgrupp med båda placeringarna) eller dela målgruppen eller perioderna.',
    en: 'Merge them into one line (one ad set with both placements), or split the audience or the flights.',
  },

  'guidance.recommended.heading': {
    fi: 'Suositellut budjetit',
    sv: 'Rekommenderade budgetar',
    en: 'Recommended budgets',
  },
  'guidance.recommended.hint': {
    fi: 'Kohta, jossa tavoittavuuskäyrä loivenee: sen jälkeen euro tavoittaa alle {threshold} siitä, minkä ensimmäinen euro. Koko suunnitelman luku seuraa sen omaa käyrää (rivit skaalattuina yhdessä), joten samat ihmiset lasketaan kerran.',
    sv: 'Punkten där räckviddskurvan planar ut: därefter når en euro under {threshold} av vad den första euron nådde. Planens siffra följer dess egen kurva (raderna skalade tillsammans), så samma personer räknas en gång.',
    en: "The point where the reach curve flattens: beyond it a euro reaches less than {threshold} of the people the first euro did. The plan's figure follows its own curve (its lines scaled together), so people reached by several lines count once.",
  },
  'guidance.recommended.caption': {
    fi: 'Budjetti ja suositus, tavoittavuus ja frekvenssi suosituksella',
    sv: 'Budget och rekommendation, räckvidd och frekvens vid rekommendationen',
    en: 'Budget and recommendation, with the reach and frequency there',
  },
  'guidance.recommended.column': { fi: 'Suositus', sv: 'Rekommendation', en: 'Recommended' },
  'guidance.recommended.reachThere': { fi: 'Tavoittavuus siinä', sv: 'Räckvidd där', en: 'Reach there' },
  'guidance.recommended.frequencyThere': { fi: 'Frekvenssi siinä', sv: 'Frekvens där', en: 'Frequency there' },
  'guidance.recommended.plan': {
    fi: 'Koko suunnitelma (rivit yhdessä)',
    sv: 'Hela planen (raderna tillsammans)',
    en: 'Whole plan (lines together)',
  },
  'guidance.recommended.apply': { fi: 'Käytä', sv: 'Använd', en: 'Apply' },
  'guidance.recommended.applyLine': {
    fi: 'Käytä suositusta rivillä {line}',
    sv: 'Använd rekommendationen på raden {line}',
    en: 'Apply the recommendation to {line}',
  },
  'guidance.recommended.applyPlan': {
    fi: 'Käytä koko suunnitelman suositusta',
    sv: 'Använd hela planens rekommendation',
    en: "Apply the whole plan's recommendation",
  },
  'guidance.recommended.applyHint': {
    fi: 'Tallentaa uuden version; hyväksytystä versiosta tulee uusi luonnos.',
    sv: 'Sparar en ny version; en godkänd version blir ett nytt utkast.',
    en: 'Saves a new version; an approved version becomes a new draft.',
  },

  'guidance.caps.heading': {
    fi: 'Ehdotetut frekvenssikatot',
    sv: 'Föreslagna frekvenstak',
    en: 'Suggested frequency caps',
  },
  'guidance.caps.hint': {
    fi: 'Katto jakaa näytöt useammalle: tavoittavuus kasvaa, ja kun kaikki ovat nähneet katon verran, loppua budjetista ei voi käyttää.',
    sv: 'Ett tak sprider visningarna på fler: räckvidden ökar, och när alla har sett taket kan resten av budgeten inte användas.',
    en: 'A cap spreads impressions over more people: reach grows, and once everyone has seen the cap the rest of the budget cannot be spent.',
  },
  'guidance.caps.caption': { fi: 'Katto ja sen vaikutus', sv: 'Taket och dess verkan', en: 'The cap and what it does' },
  'guidance.caps.cap': { fi: 'Katto koko ajanjaksolle', sv: 'Tak för hela perioden', en: 'Cap over the flight' },
  'guidance.caps.setting': { fi: 'Asetus alustalla', sv: 'Inställning på plattformen', en: 'Platform setting' },
  'guidance.caps.reachNow': { fi: 'Tavoittavuus nyt', sv: 'Räckvidd nu', en: 'Reach now' },
  'guidance.caps.reachCap': { fi: 'Katolla', sv: 'Med tak', en: 'With the cap' },
  'guidance.caps.spendNow': { fi: 'Kulu nyt', sv: 'Kostnad nu', en: 'Spend now' },
  'guidance.caps.spendCap': { fi: 'Kulu katolla', sv: 'Kostnad med tak', en: 'Spend with the cap' },
  'guidance.caps.meta': {
    fi: 'Meta: enintään {max} näyttöä {days} päivän välein',
    sv: 'Meta: högst {max} visningar per {days} dagar',
    en: 'Meta: at most {max} impressions every {days} days',
  },
  'guidance.caps.google': {
    fi: 'Google Ads: enintään {max} näyttöä viikossa',
    sv: 'Google Ads: högst {max} visningar per vecka',
    en: 'Google Ads: at most {max} impressions a week',
  },
  'guidance.caps.noFlight': {
    fi: 'anna riville päivämäärät, niin katto muunnetaan alustan asetukseksi',
    sv: 'ge raden datum så översätts taket till plattformens inställning',
    en: "give the line dates to turn it into the platform's setting",
  },
  'guidance.caps.apply': {
    fi: 'Käytä kattoa rivillä {line}',
    sv: 'Använd taket på raden {line}',
    en: 'Apply the cap to {line}',
  },

  'guidance.effective.heading': {
    fi: 'Tehokas tavoittavuus: vähintään k kertaa tavoitetut',
    sv: 'Effektiv räckvidd: personer som nås minst k gånger',
    en: 'Effective reach: people reached at least k times',
  },
  'guidance.effective.hint': {
    fi: 'Samat 1+ … 10+ -luvut, jotka Googlen Reach Planner ja Meta raportoivat. Yhteensä-rivillä jokainen henkilö lasketaan kerran.',
    sv: 'Samma 1+ … 10+ som Googles Reach Planner och Meta rapporterar. På totalraden räknas varje person en gång.',
    en: "The same 1+ … 10+ figures Google's Reach Planner and Meta report. On the total row each person counts once.",
  },
  'guidance.effective.caption': {
    fi: 'Henkilöitä, jotka näkevät mainokset vähintään k kertaa',
    sv: 'Personer som ser annonserna minst k gånger',
    en: 'People who see the ads at least k times',
  },
  'guidance.effective.level': { fi: '{k}+', sv: '{k}+', en: '{k}+' },
  'guidance.k.label': {
    fi: 'Lasketaan henkilöt, jotka näkevät mainokset vähintään',
    sv: 'Räkna personer som ser annonserna minst',
    en: 'Count people who see the ads at least',
  },
  'guidance.k.once': { fi: 'kerran (tavoittavuus)', sv: 'en gång (räckvidd)', en: 'once (reach)' },
  'guidance.bfr.resultK': {
    fi: 'Tarvittava budjetti: {budget}. Vähintään {k} kertaa tavoitetut: {reach}, frekvenssi {frequency}.',
    sv: 'Budget som behövs: {budget}. Personer som nås minst {k} gånger: {reach}, frekvens {frequency}.',
    en: 'Budget needed: {budget}. People reached at least {k} times: {reach}, frequency {frequency}.',
  },
  'guidance.k.times': { fi: '{k} kertaa ({k}+)', sv: '{k} gånger ({k}+)', en: '{k} times ({k}+)' },

  'plan.form.guidance': {
    fi: 'Tarkistuksen asetukset',
    sv: 'Inställningar för kontrollen',
    en: 'Planning check settings',
  },
  'plan.form.guidanceHint': {
    fi: 'Tehokas frekvenssi koko ajanjaksolle kanavittain. Tyhjä = oletus 1–10 (Krugman 1972, Naples 1979; Googlen Reach Planner raportoi 1+ … 10+). Pitkä ajanjakso kestää usein enemmän.',
    sv: 'Effektiv frekvens över hela perioden per kanal. Tomt = standard 1–10 (Krugman 1972, Naples 1979; Googles Reach Planner rapporterar 1+ … 10+). En lång period tål ofta mer.',
    en: "Effective frequency over the flight, per channel. Empty = the default 1–10 (Krugman 1972, Naples 1979; Google's Reach Planner reports 1+ … 10+). A long flight can often carry more.",
  },
  'plan.field.rangeMin': { fi: '{channel}: vähintään', sv: '{channel}: minst', en: '{channel}: at least' },
  'plan.field.rangeMax': { fi: '{channel}: enintään', sv: '{channel}: högst', en: '{channel}: at most' },
  'plan.field.threshold': {
    fi: 'Hiipumisen raja (%)',
    sv: 'Gräns för avtagande avkastning (%)',
    en: 'Diminishing-returns threshold (%)',
  },
  'plan.field.thresholdHint': {
    fi: 'Suositeltu budjetti päättyy, kun euro tavoittaa enää tämän osuuden siitä, minkä ensimmäinen euro. Oletus 10 %.',
    sv: 'Den rekommenderade budgeten slutar där en euro bara når denna andel av vad den första euron nådde. Standard 10 %.',
    en: 'The recommended budget stops where a euro reaches only this share of the people the first euro did. Default 10 %.',
  },
  'plan.error.guidanceRange': {
    fi: 'Anna luku väliltä 1–1000; enimmäismäärä ei voi olla pienempi kuin vähimmäismäärä.',
    sv: 'Ange ett tal mellan 1 och 1000; högsta värdet får inte vara lägre än lägsta.',
    en: 'Give a number from 1 to 1000; the most cannot be below the least.',
  },
  'plan.error.guidanceThreshold': {
    fi: 'Anna prosentti väliltä 0–100 (esim. 10).',
    sv: 'Ange en procentsats mellan 0 och 100 (t.ex. 10).',
    en: 'Give a percentage between 0 and 100 (e.g. 10).',
  },

  'client.guidance.heading': { fi: 'Suunnitelman tarkistus', sv: 'Kontroll av planen', en: 'Planning check' },
  'client.guidance.intro': {
    fi: 'Tarkistus löysi nämä kohdat. Suunnittelijasi voi muuttaa suunnitelmaa ennen kuin hyväksyt sen.',
    sv: 'Kontrollen hittade dessa punkter. Er planerare kan ändra planen innan ni godkänner den.',
    en: 'The check found these points. Your planner can change the plan before you approve it.',
  },
  'client.guidance.suggestion': { fi: 'Ehdotus', sv: 'Förslag', en: 'Suggestion' },
  'client.guidance.none': {
    fi: 'Tarkistus ei löytänyt huomautettavaa: toistot ovat tehokkaalla välillä eikä budjetti ylitä kohtaa, jossa tavoittavuuden kasvu hiipuu.',
    sv: 'Kontrollen hittade inget att anmärka: frekvensen ligger i det effektiva intervallet och budgeten går inte förbi punkten där räckvidden planar ut.',
    en: 'The check found nothing to note: frequency is in the effective range and the budget stays before the point where reach flattens.',
  },

  'calendar.heading': { fi: 'Kalenteri', sv: 'Kalender', en: 'Calendar' },
  'calendar.hint': {
    fi: 'Jokaisen rivin budjetti tasaisesti sen omalle ajanjaksolle, ISO-viikoittain (ma–su) ja kuukausittain.',
    sv: 'Varje rads budget jämnt fördelad över dess egen period, per ISO-vecka (mån–sön) och månad.',
    en: "Each line's budget spread evenly over its own flight, by ISO week (Monday–Sunday) and by month.",
  },
  'calendar.none': {
    fi: 'Anna riveille alku- ja loppupäivä, niin ne näkyvät kalenterissa.',
    sv: 'Ge raderna start- och slutdatum så visas de i kalendern.',
    en: 'Give the lines start and end dates to see them on the calendar.',
  },
  'calendar.weeksCaption': { fi: 'Budjetti viikoittain', sv: 'Budget per vecka', en: 'Budget by week' },
  'calendar.monthsCaption': { fi: 'Budjetti kuukausittain', sv: 'Budget per månad', en: 'Budget by month' },
  'calendar.week': { fi: 'vk {week}', sv: 'v. {week}', en: 'W{week}' },
  'calendar.flight': { fi: 'Ajanjakso', sv: 'Period', en: 'Flight' },
  'calendar.days': { fi: 'Päiviä', sv: 'Dagar', en: 'Days' },
  'calendar.daily': { fi: 'Päiväbudjetti', sv: 'Dagsbudget', en: 'Daily budget' },
  'calendar.total': { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
  'calendar.platform': { fi: '{platform} yhteensä', sv: '{platform} totalt', en: '{platform} total' },
  'calendar.reachSoFar': {
    fi: 'Tavoitettu viikon loppuun mennessä',
    sv: 'Nådda till veckans slut',
    en: 'Reached by the end of the week',
  },
  'calendar.frequencyWeek': { fi: 'Frekvenssi viikolla', sv: 'Frekvens under veckan', en: 'Frequency that week' },
  'calendar.unscheduled': {
    fi: 'Ilman päivämääriä (ei kalenterissa): {lines}',
    sv: 'Utan datum (inte i kalendern): {lines}',
    en: 'Without dates (not on the calendar): {lines}',
  },
  'calendar.assumption': {
    fi: 'Tavoittavuus viikoittain: rivin näytöt jakautuvat tasaisesti sen ajanjaksolle; sama henkilö voidaan tavoittaa millä viikolla tahansa, joten rivit yhdistetään satunnaisena päällekkäisyytenä, ovat ajanjaksot päällekkäin tai eivät; viikolla, jolla ajanjaksot ovat päällekkäin, kaikkien rivien näytöt lasketaan viikon frekvenssiin.',
    sv: 'Räckvidd per vecka: en rads visningar fördelas jämnt över dess period; samma person kan nås vilken vecka som helst, så raderna kombineras som slumpmässig överlappning oavsett om perioderna överlappar; en vecka med överlappande perioder räknar alla raders visningar i veckans frekvens.',
    en: "Reach by week: a line's impressions are spread evenly over its flight; the same people can be reached in any week, so lines combine by random duplication whether or not their flights overlap; a week where flights overlap counts every line's impressions in that week's frequency.",
  },
} satisfies MessageTable
