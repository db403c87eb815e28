export type FiRegionName = { statNumber: string; iso: string; fi: string; sv: string; enSynonyms: string[] }

// Statistics Finland region number → ISO 3166-2:FI (numbered by the regions' Finnish names, Ahvenanmaa first).
export const FI_REGION_NAMES: readonly FiRegionName[] = [
  { statNumber: '01', iso: 'FI-18', fi: 'Uusimaa', sv: 'Nyland', enSynonyms: [] },
  { statNumber: '02', iso: 'FI-19', fi: 'Varsinais-Suomi', sv: 'Egentliga Finland', enSynonyms: ['Finland Proper'] },
  { statNumber: '04', iso: 'FI-17', fi: 'Satakunta', sv: 'Satakunta', enSynonyms: [] },
  { statNumber: '05', iso: 'FI-06', fi: 'Kanta-Häme', sv: 'Egentliga Tavastland', enSynonyms: ['Tavastia Proper'] },
  { statNumber: '06', iso: 'FI-11', fi: 'Pirkanmaa', sv: 'Birkaland', enSynonyms: [] },
  { statNumber: '07', iso: 'FI-16', fi: 'Päijät-Häme', sv: 'Päijänne-Tavastland', enSynonyms: ['Päijänne Tavastia'] },
  { statNumber: '08', iso: 'FI-09', fi: 'Kymenlaakso', sv: 'Kymmenedalen', enSynonyms: [] },
  { statNumber: '09', iso: 'FI-02', fi: 'Etelä-Karjala', sv: 'Södra Karelen', enSynonyms: [] },
  { statNumber: '10', iso: 'FI-04', fi: 'Etelä-Savo', sv: 'Södra Savolax', enSynonyms: ['Southern Savonia'] },
  { statNumber: '11', iso: 'FI-15', fi: 'Pohjois-Savo', sv: 'Norra Savolax', enSynonyms: ['Northern Savonia'] },
  { statNumber: '12', iso: 'FI-13', fi: 'Pohjois-Karjala', sv: 'Norra Karelen', enSynonyms: [] },
  { statNumber: '13', iso: 'FI-08', fi: 'Keski-Suomi', sv: 'Mellersta Finland', enSynonyms: [] },
  { statNumber: '14', iso: 'FI-03', fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten', enSynonyms: [] },
  { statNumber: '15', iso: 'FI-12', fi: 'Pohjanmaa', sv: 'Österbotten', enSynonyms: [] },
  { statNumber: '16', iso: 'FI-07', fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten', enSynonyms: [] },
  { statNumber: '17', iso: 'FI-14', fi: 'Pohjois-Pohjanmaa', sv: 'Norra Österbotten', enSynonyms: [] },
  { statNumber: '18', iso: 'FI-05', fi: 'Kainuu', sv: 'Kajanaland', enSynonyms: [] },
  { statNumber: '19', iso: 'FI-10', fi: 'Lappi', sv: 'Lappland', enSynonyms: [] },
  { statNumber: '21', iso: 'FI-01', fi: 'Ahvenanmaa', sv: 'Åland', enSynonyms: ['Aland Islands', 'Åland Islands'] },
]
