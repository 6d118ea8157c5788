// The field-mapping view in the languages beyond English and German; each locale entry imports its
// own, so a host ships only the languages it passes on.
import type { MappingMessages } from './mappingMessages.js';
import { plural } from './plural.js';

/** French strings of the field-mapping view. */
export const frMappingMessages: MappingMessages = {
  title: 'Correspondance des champs',
  loading: 'Chargement des correspondances…',
  loadFailed: (reason) => `Les correspondances n’ont pas pu être chargées. ${reason}`,
  empty: 'Rien à faire correspondre pour cette connexion.',
  required: 'Obligatoire',
  notMapped: 'Non associé',
  needsMapping: 'Correspondance requise',
  stale: 'Introuvable dans l’enregistrement d’exemple',
  reads: (value) => `Exemple : ${value}`,
  map: 'Associer',
  change: 'Modifier',
  clear: 'Effacer',
  cancel: 'Annuler',
  saving: 'Enregistrement…',
  saved: (label) => `${label} est associé.`,
  cleared: (label) => `${label} n’est plus associé.`,
  notSaved: (reason) => `La correspondance n’a pas été enregistrée. ${reason}`,
  pickFor: (label) => `Champs pour ${label}`,
  exampleLoading: 'Chargement de l’enregistrement d’exemple…',
  exampleFailed: 'L’enregistrement d’exemple n’a pas pu être chargé.',
  exampleEmpty: 'L’enregistrement d’exemple n’a aucun champ.',
  customFields: 'Champs personnalisés',
  search: 'Rechercher des champs',
  matches: (count) =>
    count === 0
      ? 'Aucun champ ne correspond.'
      : plural('fr', count, { one: '{count} champ correspond', other: '{count} champs correspondent' }),
};

/** Spanish strings of the field-mapping view. */
export const esMappingMessages: MappingMessages = {
  title: 'Asignación de campos',
  loading: 'Cargando las asignaciones…',
  loadFailed: (reason) => `No se pudieron cargar las asignaciones. ${reason}`,
  empty: 'No hay nada que asignar en esta conexión.',
  required: 'Obligatorio',
  notMapped: 'Sin asignar',
  needsMapping: 'Necesita una asignación',
  stale: 'Ya no está en el registro de ejemplo',
  reads: (value) => `Ejemplo: ${value}`,
  map: 'Asignar',
  change: 'Cambiar',
  clear: 'Quitar',
  cancel: 'Cancelar',
  saving: 'Guardando…',
  saved: (label) => `${label} está asignado.`,
  cleared: (label) => `${label} ya no está asignado.`,
  notSaved: (reason) => `No se guardó la asignación. ${reason}`,
  pickFor: (label) => `Campos para ${label}`,
  exampleLoading: 'Cargando el registro de ejemplo…',
  exampleFailed: 'No se pudo cargar el registro de ejemplo.',
  exampleEmpty: 'El registro de ejemplo no tiene campos.',
  customFields: 'Campos personalizados',
  search: 'Buscar campos',
  matches: (count) =>
    count === 0
      ? 'Ningún campo coincide.'
      : plural('es', count, { one: '{count} campo coincide', other: '{count} campos coinciden' }),
};

/** Dutch strings of the field-mapping view. */
export const nlMappingMessages: MappingMessages = {
  title: 'Veldtoewijzing',
  loading: 'Veldtoewijzingen laden…',
  loadFailed: (reason) => `De veldtoewijzingen konden niet worden geladen. ${reason}`,
  empty: 'Er valt niets toe te wijzen voor deze verbinding.',
  required: 'Verplicht',
  notMapped: 'Niet toegewezen',
  needsMapping: 'Toewijzing nodig',
  stale: 'Niet meer gevonden in het voorbeeldrecord',
  reads: (value) => `Voorbeeld: ${value}`,
  map: 'Toewijzen',
  change: 'Wijzigen',
  clear: 'Wissen',
  cancel: 'Annuleren',
  saving: 'Opslaan…',
  saved: (label) => `${label} is toegewezen.`,
  cleared: (label) => `${label} is niet meer toegewezen.`,
  notSaved: (reason) => `De toewijzing is niet opgeslagen. ${reason}`,
  pickFor: (label) => `Velden voor ${label}`,
  exampleLoading: 'Voorbeeldrecord laden…',
  exampleFailed: 'Het voorbeeldrecord kon niet worden geladen.',
  exampleEmpty: 'Het voorbeeldrecord heeft geen velden.',
  customFields: 'Aangepaste velden',
  search: 'Velden zoeken',
  matches: (count) =>
    count === 0
      ? 'Geen velden gevonden.'
      : plural('nl', count, { one: '{count} veld gevonden', other: '{count} velden gevonden' }),
};

/** Portuguese (Brazil) strings of the field-mapping view. */
export const ptMappingMessages: MappingMessages = {
  title: 'Mapeamento de campos',
  loading: 'Carregando os mapeamentos…',
  loadFailed: (reason) => `Não foi possível carregar os mapeamentos. ${reason}`,
  empty: 'Não há nada para mapear nesta conexão.',
  required: 'Obrigatório',
  notMapped: 'Não mapeado',
  needsMapping: 'Precisa de um mapeamento',
  stale: 'Não encontrado mais no registro de exemplo',
  reads: (value) => `Exemplo: ${value}`,
  map: 'Mapear',
  change: 'Alterar',
  clear: 'Limpar',
  cancel: 'Cancelar',
  saving: 'Salvando…',
  saved: (label) => `${label} está mapeado.`,
  cleared: (label) => `${label} não está mais mapeado.`,
  notSaved: (reason) => `O mapeamento não foi salvo. ${reason}`,
  pickFor: (label) => `Campos para ${label}`,
  exampleLoading: 'Carregando o registro de exemplo…',
  exampleFailed: 'Não foi possível carregar o registro de exemplo.',
  exampleEmpty: 'O registro de exemplo não tem campos.',
  customFields: 'Campos personalizados',
  search: 'Pesquisar campos',
  matches: (count) =>
    count === 0
      ? 'Nenhum campo corresponde.'
      : plural('pt', count, { one: '{count} campo corresponde', other: '{count} campos correspondem' }),
};

/** Italian strings of the field-mapping view. */
export const itMappingMessages: MappingMessages = {
  title: 'Mappatura dei campi',
  loading: 'Caricamento delle mappature…',
  loadFailed: (reason) => `Impossibile caricare le mappature. ${reason}`,
  empty: 'Non c’è nulla da mappare per questa connessione.',
  required: 'Obbligatorio',
  notMapped: 'Non mappato',
  needsMapping: 'Serve una mappatura',
  stale: 'Non più presente nel record di esempio',
  reads: (value) => `Esempio: ${value}`,
  map: 'Mappa',
  change: 'Modifica',
  clear: 'Rimuovi',
  cancel: 'Annulla',
  saving: 'Salvataggio…',
  saved: (label) => `${label} è mappato.`,
  cleared: (label) => `${label} non è più mappato.`,
  notSaved: (reason) => `La mappatura non è stata salvata. ${reason}`,
  pickFor: (label) => `Campi per ${label}`,
  exampleLoading: 'Caricamento del record di esempio…',
  exampleFailed: 'Impossibile caricare il record di esempio.',
  exampleEmpty: 'Il record di esempio non ha campi.',
  customFields: 'Campi personalizzati',
  search: 'Cerca campi',
  matches: (count) =>
    count === 0
      ? 'Nessun campo corrisponde.'
      : plural('it', count, { one: '{count} campo corrisponde', other: '{count} campi corrispondono' }),
};

/** Japanese strings of the field-mapping view. */
export const jaMappingMessages: MappingMessages = {
  title: 'フィールドのマッピング',
  loading: 'マッピングを読み込んでいます…',
  loadFailed: (reason) => `マッピングを読み込めませんでした。${reason}`,
  empty: 'この接続にはマッピングする項目がありません。',
  required: '必須',
  notMapped: '未マッピング',
  needsMapping: 'マッピングが必要です',
  stale: 'サンプルレコードに見つかりません',
  reads: (value) => `例: ${value}`,
  map: 'マッピング',
  change: '変更',
  clear: '解除',
  cancel: 'キャンセル',
  saving: '保存しています…',
  saved: (label) => `${label} をマッピングしました。`,
  cleared: (label) => `${label} のマッピングを解除しました。`,
  notSaved: (reason) => `マッピングは保存されませんでした。${reason}`,
  pickFor: (label) => `${label} のフィールド`,
  exampleLoading: 'サンプルレコードを読み込んでいます…',
  exampleFailed: 'サンプルレコードを読み込めませんでした。',
  exampleEmpty: 'サンプルレコードにフィールドがありません。',
  customFields: 'カスタムフィールド',
  search: 'フィールドを検索',
  matches: (count) =>
    count === 0 ? '一致するフィールドはありません。' : plural('ja', count, { other: '{count} 件のフィールドが一致' }),
};
