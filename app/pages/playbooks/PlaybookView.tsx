// A playbook to read: for everyone who may not change it, and for earlier versions.
import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Playbook } from './api.ts';
import { formatMinutes, languageLabel, networkLabel, roleByKey, roleLabel, scenarioLabel } from './labels.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={`view-${id}`}>
      <Stack gap="sm">
        <Title order={2} fz="lg" id={`view-${id}`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function PlaybookView({ playbook }: { playbook: Playbook }) {
  const { t } = useTranslation();
  const { content } = playbook;
  const names = new Map(playbook.people.map((p) => [p.id, p.name]));
  const person = (id: string | null) => (id ? (names.get(id) ?? t('playbooksArea.view.formerMember')) : t('playbooksArea.editor.nobody'));
  const radar = content.triggers.radarSeverity;
  return (
    <Stack gap="lg" data-testid="playbook-view">
      <Section id="scenario" title={t('playbooksArea.editor.sections.scenario')}>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {scenarioLabel(t, content.scenario)}
          </Badge>
          <Badge variant="outline" color={content.pauseScheduledPosts ? 'red' : 'gray'} tt="none">
            {content.pauseScheduledPosts ? t('playbooksArea.list.pausesAll') : t('playbooksArea.list.keepsPosting')}
          </Badge>
        </Group>
        {content.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
            {content.description}
          </Text>
        )}
        {(['he', 'en'] as const).map((language) => (
          <Stack key={language} gap={4}>
            <Text size="sm" fw={500}>
              {language === 'he' ? t('playbooksArea.editor.keywordsHe') : t('playbooksArea.editor.keywordsEn')}
            </Text>
            {content.triggers.keywords[language].length ? (
              <Group gap={6}>
                {content.triggers.keywords[language].map((keyword) => (
                  <Badge key={keyword} variant="default" tt="none" fw={400} dir={language === 'he' ? 'rtl' : 'ltr'}>
                    {keyword}
                  </Badge>
                ))}
              </Group>
            ) : (
              <Text size="sm">{t('playbooksArea.view.none')}</Text>
            )}
          </Stack>
        ))}
        <Text size="sm">
          <Text span fw={500}>
            {t('playbooksArea.view.radar')}:{' '}
          </Text>
          {radar === null ? t('playbooksArea.editor.radarOff') : t(`playbooksArea.editor.radarFrom${radar}`)} ·{' '}
          {content.triggers.autoOpenIncident ? t('playbooksArea.view.autoOpens') : t('playbooksArea.view.suggests')}
        </Text>
      </Section>

      <Section id="tiers" title={t('playbooksArea.editor.sections.tiers')}>
        <List spacing={4}>
          {content.tiers.map((tier) => (
            <List.Item key={tier.level}>
              <Text span fw={500}>
                {t('playbooksArea.tier', { level: tier.level })} · <bdi>{tier.name}</bdi>
              </Text>
              : {formatMinutes(t, tier.responseMinutes)}
            </List.Item>
          ))}
        </List>
      </Section>

      <Section id="roles" title={t('playbooksArea.editor.sections.roles')}>
        <Table.ScrollContainer minWidth={420}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('playbooksArea.editor.role')}</Table.Th>
                <Table.Th>{t('playbooksArea.editor.person')}</Table.Th>
                <Table.Th>{t('playbooksArea.editor.backup')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.roles.map((role) => (
                <Table.Tr key={role.key}>
                  <Table.Td>
                    <bdi>{roleLabel(t, role)}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{person(role.userId)}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{person(role.backupUserId)}</bdi>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>

      <Section id="responders" title={t('playbooksArea.editor.sections.responders')}>
        <Text size="sm" c="dimmed">
          {t('playbooksArea.editor.hints.responders')}
        </Text>
        <Group gap="xs">
          {content.authorizedResponders.map((id) => (
            <Badge key={id} variant="light" color="teal" tt="none" size="lg">
              <bdi>{person(id)}</bdi>
            </Badge>
          ))}
        </Group>
      </Section>

      <Section id="statements" title={t('playbooksArea.editor.sections.statements')}>
        {content.holdingStatements.length === 0 && <Text size="sm">{t('playbooksArea.view.none')}</Text>}
        {content.holdingStatements.map((statement, i) => (
          <Paper key={i} withBorder p="sm" radius="sm">
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                <bdi>{statement.title}</bdi>{' '}
                <Text span size="xs" c="dimmed">
                  ({languageLabel(t, statement.language)} · {statement.network ? networkLabel(t, statement.network) : t('playbooksArea.view.anyNetwork')})
                </Text>
              </Text>
              <Text size="sm" dir={statement.language === 'he' ? 'rtl' : 'ltr'} lang={statement.language} style={{ whiteSpace: 'pre-wrap' }}>
                {statement.text}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Section>

      <Section id="steps" title={t('playbooksArea.editor.sections.steps')}>
        <List type="ordered" spacing="sm">
          {content.steps.map((step, i) => (
            <List.Item key={i}>
              <Text fw={500} span>
                <bdi>{step.title}</bdi>
              </Text>{' '}
              <Text span size="sm" c="dimmed">
                · <bdi>{roleByKey(t, content, step.role)}</bdi> · {t(`playbooksArea.editor.fromTier${step.fromTier}`)}
              </Text>
              {step.details && (
                <Text size="sm" dir="auto">
                  {step.details}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Section>
    </Stack>
  );
}
