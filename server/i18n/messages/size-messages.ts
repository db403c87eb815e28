import type { MessageTable } from './message-table.js'

// Why a channel's targeted audience differs from the one described (issue 13): plan page, audience page, exports.
export const SIZE_MESSAGES = {
  'size.differs': {
    fi: '{channel} kohdentaa noin {targeted} henkilöön, ei kuvattuun noin {ideal} henkilöön',
    sv: '{channel} riktar sig till cirka {targeted} personer, inte de cirka {ideal} som beskrevs',
    en: '{channel} will target about {targeted} people, not the about {ideal} you described',
  },
  'size.same': {
    fi: '{channel} kohdentaa noin {targeted} henkilöön, suunnilleen kuten kuvattiin',
    sv: '{channel} riktar sig till cirka {targeted} personer, ungefär som beskrevs',
    en: '{channel} targets about {targeted} people, about as described',
  },
  'size.nobody': {
    fi: '{channel} ei voi kohdentaa yhteenkään kohderyhmän alueista, joten rivi ei tavoita ketään siitä',
    sv: '{channel} kan inte rikta sig till något av målgruppens områden, så raden når ingen av den',
    en: '{channel} can target none of the audience’s places, so the line reaches nobody of it',
  },
  'size.because': { fi: 'Syy: {reasons}.', sv: 'Orsak: {reasons}.', en: 'Because of: {reasons}.' },
  'size.otherCriterion': { fi: 'muu ehto', sv: 'annat villkor', en: 'another criterion' },
  'size.targeted': { fi: 'Kohdennettu koko', sv: 'Riktad storlek', en: 'Targeted size' },
  'size.described': { fi: 'Kuvattu koko', sv: 'Beskriven storlek', en: 'Size as described' },
  'size.notesHeading': {
    fi: 'Mihin kanavat oikeasti kohdentavat',
    sv: 'Vad kanalerna verkligen riktar sig till',
    en: 'What the channels will really target',
  },
} satisfies MessageTable
