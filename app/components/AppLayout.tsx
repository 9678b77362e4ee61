// The signed-in frame: header (workspace, notices, language, account), navigation for every area, a
// strip while the brand on screen is paused, and the page.
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch, useNavigate, useSearchParams } from 'react-router';
import { roleAllows } from '../../core/permissions.ts';
import type { Action } from '../../core/permissions.ts';
import { api } from '../api/client.ts';
import { forgetSession, useSession, useWorkspaces } from '../api/hooks.ts';
import type { WorkspaceSummary } from '../api/types.ts';
import {
  IconBroadcast,
  IconCalendar,
  IconChart,
  IconCheck,
  IconChevronDown,
  IconHome,
  IconInbox,
  IconKey,
  IconLogout,
  IconMessages,
  IconPlaybook,
  IconPlus,
  IconRadar,
  IconSettings,
  IconShield,
  IconTarget,
  IconUser,
  IconUsers,
} from './icons.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { preferredWorkspace } from './lastWorkspace.ts';
import { NoticesBell } from './notices/NoticesBell.tsx';
import { PausedStrip } from './notices/PausedStrip.tsx';
import { ShownBrandContext, useShownBrandRegistry } from './notices/shownBrand.ts';
import { PageLoader } from './states.tsx';

interface NavItem {
  key: 'home' | 'plan' | 'policy' | 'playbooks' | 'calendar' | 'listening' | 'radar' | 'inbox' | 'community' | 'reports' | 'team' | 'settings';
  path: string;
  icon: ComponentType<{ size?: number }>;
  /** The action a role needs for the area to be of any use to it. */
  action: Action;
  /** Paths (under the workspace) that also mark this item as the current one. */
  alsoActive?: string[];
}

const WORK_ITEMS: NavItem[] = [
  { key: 'home', path: '', icon: IconHome, action: 'workspace.view' },
  { key: 'plan', path: 'plan', icon: IconTarget, action: 'plan.view' },
  { key: 'policy', path: 'policy', icon: IconShield, action: 'policy.view' },
  { key: 'playbooks', path: 'playbooks', icon: IconPlaybook, action: 'policy.view' },
  { key: 'calendar', path: 'calendar', icon: IconCalendar, action: 'post.view' },
  { key: 'listening', path: 'listening', icon: IconBroadcast, action: 'mention.view' },
  { key: 'radar', path: 'radar', icon: IconRadar, action: 'mention.view' },
  { key: 'inbox', path: 'inbox', icon: IconInbox, action: 'mention.view' },
  { key: 'community', path: 'community', icon: IconMessages, action: 'mention.view' },
  { key: 'reports', path: 'reports', icon: IconChart, action: 'report.view' },
];

const ORGANIZATION_ITEMS: NavItem[] = [
  { key: 'team', path: 'settings/members', icon: IconUsers, action: 'member.view', alsoActive: ['settings/invitations'] },
  { key: 'settings', path: 'settings', icon: IconSettings, action: 'workspace.view' },
];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((part) => Array.from(part)[0] ?? '')
    .join('')
    .toUpperCase();
}

function WorkspaceSwitcher({ current, workspaces }: { current: WorkspaceSummary | undefined; workspaces: WorkspaceSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-start" width={280} shadow="md">
      <Menu.Target>
        <UnstyledButton
          data-testid="workspace-switcher"
          aria-label={t('header.switchWorkspace')}
          px="sm"
          py={6}
          style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Box style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed" lh={1.2}>
                {current ? t(`kinds.${current.kind}`) : t('header.workspace')}
              </Text>
              <Text size="sm" fw={500} lh={1.3} truncate maw={{ base: 120, sm: 220 }} dir="auto">
                {current?.name ?? '—'}
              </Text>
            </Box>
            <IconChevronDown size={16} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.switchWorkspace')}</Menu.Label>
        {workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.id}
            onClick={() => navigate(`/w/${workspace.id}`)}
            rightSection={workspace.id === current?.id ? <IconCheck size={16} /> : null}
            data-testid="workspace-option"
            aria-current={workspace.id === current?.id ? 'true' : undefined}
          >
            <Text size="sm" fw={500} dir="auto">
              {workspace.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`roles.${workspace.role}`)}
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item component={Link} to="/new-workspace" leftSection={<IconPlus size={16} />}>
          {t('header.newWorkspace')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!session) return null;
  const logout = async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      forgetSession(queryClient);
      await navigate('/login');
    }
  };
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('header.userMenu')} style={{ borderRadius: 999 }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar radius="xl" size={34} color="petrol">
              {initials(session.user.name || session.user.email)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" truncate maw={160} dir="auto">
              {session.user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs" truncate>
            <bdi dir="ltr">{session.user.email}</bdi>
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUser size={16} />} data-testid="menu-account">
          {t('header.account')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account/tokens" leftSection={<IconKey size={16} />} data-testid="menu-tokens">
          {t('header.apiTokens')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void logout()} data-testid="logout">
          {t('common.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function NavSection({ label, items, base, role, pathname }: { label: string; items: NavItem[]; base: string; role: WorkspaceSummary['role'] | undefined; pathname: string }) {
  const { t } = useTranslation();
  const visible = items.filter((item) => !role || roleAllows(role, item.action));
  if (!visible.length) return null;
  const relative = pathname.startsWith(base) ? pathname.slice(base.length).replace(/^\//, '') : null;
  const isActive = (item: NavItem) => {
    if (relative === null) return false;
    if (item.path === '') return relative === '';
    const matches = (path: string) => relative === path || relative.startsWith(`${path}/`);
    if (item.key === 'settings') {
      const teamPaths = ORGANIZATION_ITEMS.find((i) => i.key === 'team');
      const ownedByTeam = [teamPaths?.path ?? '', ...(teamPaths?.alsoActive ?? [])].some(matches);
      return matches(item.path) && !ownedByTeam;
    }
    return matches(item.path) || (item.alsoActive ?? []).some(matches);
  };
  return (
    <Box mb="md">
      <Text size="xs" c="dimmed" fw={500} px="sm" mb={4} className="nav-group-label">
        {label}
      </Text>
      {visible.map((item) => {
        const active = isActive(item);
        const Icon = item.icon;
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={item.path ? `${base}/${item.path}` : base}
            label={t(`nav.${item.key}`)}
            leftSection={<Icon size={19} />}
            active={active}
            aria-current={active ? 'page' : undefined}
            data-testid={`nav-${item.key}`}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            fw={active ? 500 : 400}
          />
        );
      })}
    </Box>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const match = useMatch('/w/:workspaceId/*');
  const { data: workspaces = [] } = useWorkspaces();
  const workspaceId = match?.params.workspaceId ?? preferredWorkspace(workspaces)?.id;
  const current = workspaces.find((w) => w.id === workspaceId);
  const base = workspaceId ? `/w/${workspaceId}` : null;
  const mainRef = useRef<HTMLElement>(null);
  // The brand the page shows: what its brand picker reports, else the one the address names.
  const [searchParams] = useSearchParams();
  const { shownBrandId, report } = useShownBrandRegistry();
  const pageBrandId = match ? (shownBrandId ?? searchParams.get('brand')) : null;

  useEffect(() => close(), [location.pathname, close]);

  return (
    <>
      <a
        href="#main-content"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('common.skipToContent')}
      </a>
      <AppShell header={{ height: 64 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('header.closeNavigation') : t('header.openNavigation')}
              />
              <Text
                component={Link}
                to={base ?? '/'}
                fw={700}
                fz={19}
                c="petrol.8"
                style={{ textDecoration: 'none', letterSpacing: '-0.01em' }}
                visibleFrom="xs"
              >
                {t('common.appName')}
              </Text>
              {workspaces.length > 0 && <WorkspaceSwitcher current={current} workspaces={workspaces} />}
            </Group>
            <Group gap="xs" wrap="nowrap">
              <NoticesBell workspaceId={workspaceId} />
              <LanguageSwitch compact />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')} data-testid="sidebar">
          <AppShell.Section grow component={ScrollArea}>
            {base && (
              <>
                <NavSection label={t('nav.groupWork')} items={WORK_ITEMS} base={base} role={current?.role} pathname={location.pathname} />
                <NavSection
                  label={t('nav.groupOrganization')}
                  items={ORGANIZATION_ITEMS}
                  base={base}
                  role={current?.role}
                  pathname={location.pathname}
                />
              </>
            )}
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main-content" tabIndex={-1} ref={mainRef}>
          {match && pageBrandId && <PausedStrip workspaceId={match.params.workspaceId!} brandId={pageBrandId} />}
          <Box maw={1180} mx="auto">
            <ShownBrandContext value={report}>
              <Suspense fallback={<PageLoader />}>
                <Outlet />
              </Suspense>
            </ShownBrandContext>
          </Box>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
