// The session's page parts in the languages beyond English and German; each locale entry imports
// its own, so a host ships only the languages it passes on.
import type { SessionMessages } from './sessionMessages.js';

/** French strings of the session's page parts. */
export const frSessionMessages: SessionMessages = {
  sandbox: 'Bac à sable',
  sandboxNote:
    'Ceci est un environnement de test\u00a0: les connexions créées ici n’atteignent pas de données réelles.',
  consumer: 'Connecté en tant que',
  privacy: 'Politique de confidentialité',
  terms: 'Conditions d’utilisation',
  legal: 'Mentions légales',
  newTab: '(s’ouvre dans un nouvel onglet)',
};

/** Spanish strings of the session's page parts. */
export const esSessionMessages: SessionMessages = {
  sandbox: 'Entorno de pruebas',
  sandboxNote: 'Este es un entorno de pruebas: las conexiones que cree aquí no llegan a datos reales.',
  consumer: 'Sesión iniciada como',
  privacy: 'Política de privacidad',
  terms: 'Condiciones del servicio',
  legal: 'Aviso legal',
  newTab: '(se abre en una pestaña nueva)',
};

/** Italian strings of the session's page parts. */
export const itSessionMessages: SessionMessages = {
  sandbox: 'Sandbox',
  sandboxNote: 'Questo è un ambiente di test: le connessioni create qui non raggiungono dati reali.',
  consumer: 'Accesso effettuato come',
  privacy: 'Informativa sulla privacy',
  terms: 'Termini di servizio',
  legal: 'Note legali',
  newTab: '(si apre in una nuova scheda)',
};

/** Japanese strings of the session's page parts. */
export const jaSessionMessages: SessionMessages = {
  sandbox: 'サンドボックス',
  sandboxNote: 'これはテスト環境です。ここで作成した接続は実際のデータには届きません。',
  consumer: 'ログイン中のユーザー',
  privacy: 'プライバシーポリシー',
  terms: '利用規約',
  legal: '法的情報',
  newTab: '（新しいタブで開きます）',
};

/** Dutch strings of the session's page parts. */
export const nlSessionMessages: SessionMessages = {
  sandbox: 'Sandbox',
  sandboxNote: 'Dit is een testomgeving: verbindingen die u hier maakt, bereiken geen echte gegevens.',
  consumer: 'Aangemeld als',
  privacy: 'Privacybeleid',
  terms: 'Servicevoorwaarden',
  legal: 'Juridisch',
  newTab: '(opent in een nieuw tabblad)',
};

/** Portuguese strings of the session's page parts. */
export const ptSessionMessages: SessionMessages = {
  sandbox: 'Sandbox',
  sandboxNote: 'Este é um ambiente de teste: as conexões feitas aqui não chegam a dados reais.',
  consumer: 'Sessão iniciada como',
  privacy: 'Política de privacidade',
  terms: 'Termos de serviço',
  legal: 'Informações legais',
  newTab: '(abre em uma nova aba)',
};
