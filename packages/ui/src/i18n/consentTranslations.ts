// The consent view in the languages beyond English and German; each locale entry imports its own,
// so a host ships only the languages it passes on.
import type { ConsentMessages } from './consentMessages.js';

/** French strings of the consent view. */
export const frConsentMessages: ConsentMessages = {
  title: 'Accès aux données',
  summary: {
    ask: (name) =>
      `Cette application demande l’accès aux données ci-dessous dans ${name}. Rien n’est partagé avant votre accord.`,
    reconsent: (name) =>
      `Cette application demande désormais d’autres données dans ${name}. Vérifiez-les et accordez de nouveau l’accès.`,
    given: (name) =>
      `Vous avez accordé l’accès aux données ci-dessous dans ${name}. Vous pouvez le révoquer à tout moment.`,
    denied: (name) => `Vous avez refusé l’accès aux données dans ${name}. Vous pouvez l’accorder à tout moment.`,
    revoked: (name) =>
      `Vous avez révoqué l’accès aux données dans ${name}. Vous pouvez l’accorder de nouveau à tout moment.`,
  },
  allData: 'Toutes les données',
  allDataNote: 'Cette application peut lire et écrire toutes les données de cette intégration.',
  access: { read: 'Lecture', write: 'Écriture', readWrite: 'Lecture et écriture', none: 'Aucun accès' },
  noScopes: 'Cette application ne demande aucune donnée.',
  grant: 'Accorder l’accès',
  deny: 'Refuser',
  revoke: 'Révoquer l’accès',
  saving: 'Enregistrement…',
  notSaved: (choice, reason) => `Votre choix « ${choice} » n’a pas été enregistré. ${reason}`,
  history: 'Historique',
  noHistory: 'Aucune décision pour l’instant.',
  loading: 'Chargement de l’accès aux données…',
  historyFailed: 'L’historique n’a pas pu être chargé.',
  entry: (who, granted) => (granted ? `${who} a accordé l’accès` : `${who} a refusé l’accès`),
  when: (when, at) => `${when} (${at})`,
  unknownTime: 'à une date inconnue',
  authorizeWaits: (name) => `Accordez d’abord l’accès aux données pour ${name}.`,
};

/** Spanish strings of the consent view. */
export const esConsentMessages: ConsentMessages = {
  title: 'Acceso a los datos',
  summary: {
    ask: (name) =>
      `Esta aplicación solicita acceso a los datos siguientes en ${name}. No se comparte nada hasta que lo autorice.`,
    reconsent: (name) =>
      `Esta aplicación ahora solicita otros datos en ${name}. Revíselos y vuelva a conceder el acceso.`,
    given: (name) => `Ha concedido acceso a los datos siguientes en ${name}. Puede revocarlo en cualquier momento.`,
    denied: (name) => `Ha denegado el acceso a los datos en ${name}. Puede concederlo en cualquier momento.`,
    revoked: (name) => `Ha revocado el acceso a los datos en ${name}. Puede volver a concederlo en cualquier momento.`,
  },
  allData: 'Todos los datos',
  allDataNote: 'Esta aplicación puede leer y escribir todos los datos de esta integración.',
  access: { read: 'Lectura', write: 'Escritura', readWrite: 'Lectura y escritura', none: 'Sin acceso' },
  noScopes: 'Esta aplicación no solicita ningún dato.',
  grant: 'Conceder acceso',
  deny: 'Denegar',
  revoke: 'Revocar acceso',
  saving: 'Guardando…',
  notSaved: (choice, reason) => `Su elección «${choice}» no se ha guardado. ${reason}`,
  history: 'Historial',
  noHistory: 'Aún no hay decisiones.',
  loading: 'Cargando el acceso a los datos…',
  historyFailed: 'No se ha podido cargar el historial.',
  entry: (who, granted) => (granted ? `${who} concedió el acceso` : `${who} denegó el acceso`),
  when: (when, at) => `${when} (${at})`,
  unknownTime: 'en un momento desconocido',
  authorizeWaits: (name) => `Conceda primero el acceso a los datos de ${name}.`,
};

/** Italian strings of the consent view. */
export const itConsentMessages: ConsentMessages = {
  title: 'Accesso ai dati',
  summary: {
    ask: (name) =>
      `Questa app chiede l’accesso ai dati seguenti in ${name}. Nulla viene condiviso finché non lo concedi.`,
    reconsent: (name) => `Questa app ora chiede dati diversi in ${name}. Controllali e concedi di nuovo l’accesso.`,
    given: (name) => `Hai concesso l’accesso ai dati seguenti in ${name}. Puoi revocarlo in qualsiasi momento.`,
    denied: (name) => `Hai negato l’accesso ai dati in ${name}. Puoi concederlo in qualsiasi momento.`,
    revoked: (name) => `Hai revocato l’accesso ai dati in ${name}. Puoi concederlo di nuovo in qualsiasi momento.`,
  },
  allData: 'Tutti i dati',
  allDataNote: 'Questa app può leggere e scrivere tutti i dati di questa integrazione.',
  access: { read: 'Lettura', write: 'Scrittura', readWrite: 'Lettura e scrittura', none: 'Nessun accesso' },
  noScopes: 'Questa app non chiede alcun dato.',
  grant: 'Concedi accesso',
  deny: 'Nega',
  revoke: 'Revoca accesso',
  saving: 'Salvataggio…',
  notSaved: (choice, reason) => `La tua scelta «${choice}» non è stata salvata. ${reason}`,
  history: 'Cronologia',
  noHistory: 'Ancora nessuna decisione.',
  loading: 'Caricamento dell’accesso ai dati…',
  historyFailed: 'Impossibile caricare la cronologia.',
  entry: (who, granted) => (granted ? `${who} ha concesso l’accesso` : `${who} ha negato l’accesso`),
  when: (when, at) => `${when} (${at})`,
  unknownTime: 'in un momento sconosciuto',
  authorizeWaits: (name) => `Concedi prima l’accesso ai dati per ${name}.`,
};

/** Japanese strings of the consent view. */
export const jaConsentMessages: ConsentMessages = {
  title: 'データへのアクセス',
  summary: {
    ask: (name) => `このアプリは${name}の以下のデータへのアクセスを求めています。許可するまで何も共有されません。`,
    reconsent: (name) =>
      `このアプリは${name}で別のデータを求めるようになりました。内容を確認して、もう一度許可してください。`,
    given: (name) => `${name}の以下のデータへのアクセスを許可しました。いつでも取り消せます。`,
    denied: (name) => `${name}のデータへのアクセスを拒否しました。いつでも許可できます。`,
    revoked: (name) => `${name}のデータへのアクセスを取り消しました。いつでも再び許可できます。`,
  },
  allData: 'すべてのデータ',
  allDataNote: 'このアプリは、この連携で利用できるすべてのデータを読み書きできます。',
  access: { read: '読み取り', write: '書き込み', readWrite: '読み取りと書き込み', none: 'アクセスなし' },
  noScopes: 'このアプリはデータを求めていません。',
  grant: 'アクセスを許可',
  deny: '拒否',
  revoke: 'アクセスを取り消す',
  saving: '保存中…',
  notSaved: (choice, reason) => `「${choice}」の選択は保存されませんでした。${reason}`,
  history: '履歴',
  noHistory: 'まだ決定はありません。',
  loading: 'データへのアクセスを読み込み中…',
  historyFailed: '履歴を読み込めませんでした。',
  entry: (who, granted) => (granted ? `${who}がアクセスを許可しました` : `${who}がアクセスを拒否しました`),
  when: (when, at) => `${when}（${at}）`,
  unknownTime: '日時不明',
  authorizeWaits: (name) => `先に${name}のデータへのアクセスを許可してください。`,
};

/** Dutch strings of the consent view. */
export const nlConsentMessages: ConsentMessages = {
  title: 'Toegang tot gegevens',
  summary: {
    ask: (name) =>
      `Deze app vraagt toegang tot de onderstaande gegevens in ${name}. Er wordt niets gedeeld tot u toestemming geeft.`,
    reconsent: (name) => `Deze app vraagt nu om andere gegevens in ${name}. Bekijk ze en geef opnieuw toegang.`,
    given: (name) => `U hebt toegang gegeven tot de onderstaande gegevens in ${name}. U kunt die altijd intrekken.`,
    denied: (name) => `U hebt toegang tot gegevens in ${name} geweigerd. U kunt die altijd alsnog geven.`,
    revoked: (name) => `U hebt de toegang tot gegevens in ${name} ingetrokken. U kunt die altijd opnieuw geven.`,
  },
  allData: 'Alle gegevens',
  allDataNote: 'Deze app mag alle gegevens van deze integratie lezen en schrijven.',
  access: { read: 'Lezen', write: 'Schrijven', readWrite: 'Lezen en schrijven', none: 'Geen toegang' },
  noScopes: 'Deze app vraagt om geen gegevens.',
  grant: 'Toegang geven',
  deny: 'Weigeren',
  revoke: 'Toegang intrekken',
  saving: 'Opslaan…',
  notSaved: (choice, reason) => `Uw keuze "${choice}" is niet opgeslagen. ${reason}`,
  history: 'Geschiedenis',
  noHistory: 'Nog geen beslissingen.',
  loading: 'Toegang tot gegevens laden…',
  historyFailed: 'De geschiedenis kon niet worden geladen.',
  entry: (who, granted) => (granted ? `${who} gaf toegang` : `${who} weigerde toegang`),
  when: (when, at) => `${when} (${at})`,
  unknownTime: 'op een onbekend moment',
  authorizeWaits: (name) => `Geef eerst toegang tot de gegevens voor ${name}.`,
};

/** Portuguese strings of the consent view. */
export const ptConsentMessages: ConsentMessages = {
  title: 'Acesso aos dados',
  summary: {
    ask: (name) =>
      `Este aplicativo pede acesso aos dados abaixo em ${name}. Nada é compartilhado até que você conceda.`,
    reconsent: (name) => `Este aplicativo agora pede outros dados em ${name}. Revise-os e conceda o acesso novamente.`,
    given: (name) => `Você concedeu acesso aos dados abaixo em ${name}. Pode revogá-lo a qualquer momento.`,
    denied: (name) => `Você negou o acesso aos dados em ${name}. Pode concedê-lo a qualquer momento.`,
    revoked: (name) => `Você revogou o acesso aos dados em ${name}. Pode concedê-lo novamente a qualquer momento.`,
  },
  allData: 'Todos os dados',
  allDataNote: 'Este aplicativo pode ler e gravar todos os dados desta integração.',
  access: { read: 'Leitura', write: 'Gravação', readWrite: 'Leitura e gravação', none: 'Sem acesso' },
  noScopes: 'Este aplicativo não pede nenhum dado.',
  grant: 'Conceder acesso',
  deny: 'Negar',
  revoke: 'Revogar acesso',
  saving: 'Salvando…',
  notSaved: (choice, reason) => `Sua escolha "${choice}" não foi salva. ${reason}`,
  history: 'Histórico',
  noHistory: 'Nenhuma decisão ainda.',
  loading: 'Carregando o acesso aos dados…',
  historyFailed: 'Não foi possível carregar o histórico.',
  entry: (who, granted) => (granted ? `${who} concedeu o acesso` : `${who} negou o acesso`),
  when: (when, at) => `${when} (${at})`,
  unknownTime: 'em um momento desconhecido',
  authorizeWaits: (name) => `Conceda primeiro o acesso aos dados de ${name}.`,
};
