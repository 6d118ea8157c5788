// The connector's capabilities and guide in the languages beyond English and German; each locale
// entry imports its own, so a host ships only the languages it passes on.
import type { CapabilityMessages } from './capabilityMessages.js';
import { plural } from './plural.js';

/** French strings of the connector's capabilities and guide. */
export const frCapabilityMessages: CapabilityMessages = {
  label: (name) => `Ce que propose ${name}`,
  beta: 'Bêta',
  earlyAccess: 'Accès anticipé',
  webhooksNative: 'Webhooks en temps réel',
  webhooksVirtual: 'Webhooks (par interrogation)',
  events: (count) => plural('fr', count, { one: '{count} événement', other: '{count} événements' }),
  freeTrial: 'Essai gratuit',
  startTrial: (name) => `Commencer un essai gratuit de ${name}`,
  sandbox: 'Identifiants de bac à sable',
  guide: 'Guide de connexion',
  guideLoading: 'Chargement du guide…',
  guideFailed: 'Impossible de charger le guide ici.',
  guideLink: (name) => `Lire comment connecter ${name}`,
  newTab: '(s’ouvre dans un nouvel onglet)',
};

/** Spanish strings of the connector's capabilities and guide. */
export const esCapabilityMessages: CapabilityMessages = {
  label: (name) => `Qué ofrece ${name}`,
  beta: 'Beta',
  earlyAccess: 'Acceso anticipado',
  webhooksNative: 'Webhooks en tiempo real',
  webhooksVirtual: 'Webhooks (por sondeo)',
  events: (count) => plural('es', count, { one: '{count} evento', other: '{count} eventos' }),
  freeTrial: 'Prueba gratuita',
  startTrial: (name) => `Empezar una prueba gratuita de ${name}`,
  sandbox: 'Credenciales de pruebas',
  guide: 'Guía de conexión',
  guideLoading: 'Cargando la guía…',
  guideFailed: 'No se pudo cargar la guía aquí.',
  guideLink: (name) => `Leer cómo conectar ${name}`,
  newTab: '(se abre en una pestaña nueva)',
};

/** Italian strings of the connector's capabilities and guide. */
export const itCapabilityMessages: CapabilityMessages = {
  label: (name) => `Cosa offre ${name}`,
  beta: 'Beta',
  earlyAccess: 'Accesso anticipato',
  webhooksNative: 'Webhook in tempo reale',
  webhooksVirtual: 'Webhook (tramite polling)',
  events: (count) => plural('it', count, { one: '{count} evento', other: '{count} eventi' }),
  freeTrial: 'Prova gratuita',
  startTrial: (name) => `Inizia una prova gratuita di ${name}`,
  sandbox: 'Credenziali sandbox',
  guide: 'Guida alla connessione',
  guideLoading: 'Caricamento della guida…',
  guideFailed: 'Impossibile caricare la guida qui.',
  guideLink: (name) => `Leggi come connettere ${name}`,
  newTab: '(si apre in una nuova scheda)',
};

/** Japanese strings of the connector's capabilities and guide. */
export const jaCapabilityMessages: CapabilityMessages = {
  label: (name) => `${name} の機能`,
  beta: 'ベータ',
  earlyAccess: '早期アクセス',
  webhooksNative: 'リアルタイム Webhook',
  webhooksVirtual: 'Webhook（ポーリング）',
  events: (count) => plural('ja', count, { other: '{count} 件のイベント' }),
  freeTrial: '無料トライアル',
  startTrial: (name) => `${name} の無料トライアルを開始`,
  sandbox: 'サンドボックス認証情報',
  guide: '接続ガイド',
  guideLoading: 'ガイドを読み込んでいます…',
  guideFailed: 'ここではガイドを読み込めませんでした。',
  guideLink: (name) => `${name} の接続方法を読む`,
  newTab: '（新しいタブで開きます）',
};

/** Dutch strings of the connector's capabilities and guide. */
export const nlCapabilityMessages: CapabilityMessages = {
  label: (name) => `Wat ${name} biedt`,
  beta: 'Bèta',
  earlyAccess: 'Vroege toegang',
  webhooksNative: 'Realtime webhooks',
  webhooksVirtual: 'Webhooks (via polling)',
  events: (count) => plural('nl', count, { one: '{count} gebeurtenis', other: '{count} gebeurtenissen' }),
  freeTrial: 'Gratis proefperiode',
  startTrial: (name) => `Start een gratis proefperiode van ${name}`,
  sandbox: 'Sandbox-inloggegevens',
  guide: 'Koppelingshandleiding',
  guideLoading: 'De handleiding wordt geladen…',
  guideFailed: 'De handleiding kon hier niet worden geladen.',
  guideLink: (name) => `Lees hoe je ${name} koppelt`,
  newTab: '(opent in een nieuw tabblad)',
};

/** Portuguese (Brazil) strings of the connector's capabilities and guide. */
export const ptCapabilityMessages: CapabilityMessages = {
  label: (name) => `O que ${name} oferece`,
  beta: 'Beta',
  earlyAccess: 'Acesso antecipado',
  webhooksNative: 'Webhooks em tempo real',
  webhooksVirtual: 'Webhooks (por consulta)',
  events: (count) => plural('pt', count, { one: '{count} evento', other: '{count} eventos' }),
  freeTrial: 'Teste grátis',
  startTrial: (name) => `Começar um teste grátis de ${name}`,
  sandbox: 'Credenciais de sandbox',
  guide: 'Guia de conexão',
  guideLoading: 'Carregando o guia…',
  guideFailed: 'Não foi possível carregar o guia aqui.',
  guideLink: (name) => `Ler como conectar ${name}`,
  newTab: '(abre em uma nova aba)',
};
