// The activity log in the languages beyond English and German; each locale entry imports its own,
// so a host ships only the languages it passes on.
import type { LogsMessages } from './logsMessages.js';

/** French strings of the activity log. */
export const frLogsMessages: LogsMessages = {
  title: 'Activité',
  errorsOnly: 'Erreurs uniquement',
  loading: 'Chargement de l’activité…',
  empty: 'Aucune activité pour l’instant.',
  noErrors: 'Aucune requête en échec.',
  loadFailed: 'L’activité n’a pas pu être chargée.',
  pageFailed: (reason) => `La suite de l’activité n’a pas pu être chargée. ${reason}`,
  more: 'Afficher plus',
  loadingMore: 'Chargement…',
  failed: 'Échec',
  fields: { method: 'Méthode', path: 'Chemin', status: 'Statut', latency: 'Latence', time: 'Heure', error: 'Erreur' },
  milliseconds: (ms) => `${ms} ms`,
};

/** Spanish strings of the activity log. */
export const esLogsMessages: LogsMessages = {
  title: 'Actividad',
  errorsOnly: 'Solo errores',
  loading: 'Cargando la actividad…',
  empty: 'Todavía no hay actividad.',
  noErrors: 'No hay solicitudes fallidas.',
  loadFailed: 'No se pudo cargar la actividad.',
  pageFailed: (reason) => `No se pudo cargar más actividad. ${reason}`,
  more: 'Mostrar más',
  loadingMore: 'Cargando más…',
  failed: 'Fallida',
  fields: { method: 'Método', path: 'Ruta', status: 'Estado', latency: 'Latencia', time: 'Hora', error: 'Error' },
  milliseconds: (ms) => `${ms} ms`,
};

/** Dutch strings of the activity log. */
export const nlLogsMessages: LogsMessages = {
  title: 'Activiteit',
  errorsOnly: 'Alleen fouten',
  loading: 'Activiteit laden…',
  empty: 'Nog geen activiteit.',
  noErrors: 'Geen mislukte verzoeken.',
  loadFailed: 'De activiteit kon niet worden geladen.',
  pageFailed: (reason) => `Meer activiteit kon niet worden geladen. ${reason}`,
  more: 'Meer tonen',
  loadingMore: 'Meer laden…',
  failed: 'Mislukt',
  fields: { method: 'Methode', path: 'Pad', status: 'Status', latency: 'Latentie', time: 'Tijd', error: 'Fout' },
  milliseconds: (ms) => `${ms} ms`,
};

/** Portuguese (Brazil) strings of the activity log. */
export const ptLogsMessages: LogsMessages = {
  title: 'Atividade',
  errorsOnly: 'Somente erros',
  loading: 'Carregando a atividade…',
  empty: 'Nenhuma atividade ainda.',
  noErrors: 'Nenhuma solicitação com falha.',
  loadFailed: 'Não foi possível carregar a atividade.',
  pageFailed: (reason) => `Não foi possível carregar mais atividade. ${reason}`,
  more: 'Mostrar mais',
  loadingMore: 'Carregando mais…',
  failed: 'Falhou',
  fields: { method: 'Método', path: 'Caminho', status: 'Status', latency: 'Latência', time: 'Hora', error: 'Erro' },
  milliseconds: (ms) => `${ms} ms`,
};

/** Italian strings of the activity log. */
export const itLogsMessages: LogsMessages = {
  title: 'Attività',
  errorsOnly: 'Solo errori',
  loading: 'Caricamento dell’attività…',
  empty: 'Ancora nessuna attività.',
  noErrors: 'Nessuna richiesta non riuscita.',
  loadFailed: 'Impossibile caricare l’attività.',
  pageFailed: (reason) => `Impossibile caricare altra attività. ${reason}`,
  more: 'Mostra altro',
  loadingMore: 'Caricamento…',
  failed: 'Non riuscita',
  fields: { method: 'Metodo', path: 'Percorso', status: 'Stato', latency: 'Latenza', time: 'Ora', error: 'Errore' },
  milliseconds: (ms) => `${ms} ms`,
};

/** Japanese strings of the activity log. */
export const jaLogsMessages: LogsMessages = {
  title: 'アクティビティ',
  errorsOnly: 'エラーのみ',
  loading: 'アクティビティを読み込んでいます…',
  empty: 'まだアクティビティはありません。',
  noErrors: '失敗したリクエストはありません。',
  loadFailed: 'アクティビティを読み込めませんでした。',
  pageFailed: (reason) => `続きのアクティビティを読み込めませんでした。${reason}`,
  more: 'さらに表示',
  loadingMore: '読み込み中…',
  failed: '失敗',
  fields: {
    method: 'メソッド',
    path: 'パス',
    status: 'ステータス',
    latency: 'レイテンシ',
    time: '時刻',
    error: 'エラー',
  },
  milliseconds: (ms) => `${ms} ms`,
};
