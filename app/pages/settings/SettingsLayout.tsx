import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { Action } from '../../../core/permissions.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';

const SECTIONS: { key: string; path: string; action: Action }[] = [
  { key: 'workspace', path: '', action: 'workspace.view' },
  { key: 'brands', path: 'brands', action: 'brand.view' },
  { key: 'members', path: 'members', action: 'member.view' },
  { key: 'invitations', path: 'invitations', action: 'member.manage' },
  { key: 'roles', path: 'roles', action: 'workspace.view' },
  { key: 'audit', path: 'audit', action: 'audit.view' },
  { key: 'jobs', path: 'jobs', action: 'jobs.view' },
];

export default function SettingsLayout() {
  const { t } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const { pathname } = useLocation();
  const base = `/w/${workspaceId}/settings`;
  const current = pathname.replace(/\/+$/, '').slice(base.length).replace(/^\//, '').split('/')[0] ?? '';
  return (
    <>
      <Title order={1} fz={26} mb="md">
        {t('settings.title')}
      </Title>
      <nav className="section-tabs" aria-label={t('settings.sectionsLabel')}>
        {SECTIONS.filter((section) => can(section.action)).map((section) => (
          <Link
            key={section.key}
            to={section.path ? `${base}/${section.path}` : base}
            className="section-tab"
            aria-current={current === section.path ? 'page' : undefined}
            data-testid={`settings-tab-${section.key}`}
          >
            {t(`settings.tabs.${section.key}`)}
          </Link>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
