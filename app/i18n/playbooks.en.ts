// English strings of the playbooks pages (app/pages/playbooks/).
export const playbooksEn = {
  title: 'Playbooks',
};
