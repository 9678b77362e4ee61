// The policy a brand follows now, as a readable document, with who wrote this version and when.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Brand } from '../../api/types.ts';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { IconShield } from '../../components/icons.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDate } from '../../i18n/format.ts';
import type { BrandPolicy, PolicyVersion } from './api.ts';

export function PolicyDocument({ data, canEdit }: { brand: Brand; data: BrandPolicy; canEdit: boolean }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspaceContext();
  const { search } = useLocation();
  const editLink = `/w/${workspaceId}/policy/edit${search}`;
  if (!data.policy) {
    return (
      <EmptyBlock
        title={t('policyArea.document.emptyTitle')}
        description={canEdit ? t('policyArea.document.emptyText') : t('policyArea.document.emptyReader')}
        icon={<IconShield size={28} />}
        testId="policy-empty"
      >
        {canEdit && (
          <Button component={Link} to={editLink} data-testid="policy-start">
            {t('policyArea.document.start')}
          </Button>
        )}
      </EmptyBlock>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <VersionLine policy={data.policy} ownPolicy={data.ownPolicy} />
        {canEdit && (
          <Button component={Link} to={editLink} variant="light" data-testid="policy-edit">
            {t('policyArea.document.edit')}
          </Button>
        )}
      </Group>
      <PolicySections policy={data.policy} />
    </Stack>
  );
}

export function VersionLine({ policy, ownPolicy }: { policy: PolicyVersion; ownPolicy?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge variant="light" data-testid="policy-version">
          {t('policyArea.document.version', { version: policy.version })}
        </Badge>
        {ownPolicy !== undefined && (
          <Badge variant="outline" color={ownPolicy ? 'teal' : 'gray'}>
            {ownPolicy ? t('policyArea.document.ownPolicy') : t('policyArea.document.followsDefault')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t('policyArea.document.byOn', { name: policy.author?.name ?? t('common.system'), date: formatDate(policy.createdAt, i18n.language) })}
        </Text>
      </Group>
      {policy.changeNote && (
        <Text size="sm" c="dimmed">
          {t('policyArea.document.note', { note: policy.changeNote })}
        </Text>
      )}
    </Stack>
  );
}

export function PolicySections({ policy }: { policy: PolicyVersion }) {
  return (
    <Stack gap="sm" data-testid="policy-sections">
      {policy.sections.map((section, i) => (
        <Paper key={`${section.key}-${i}`} withBorder radius="md" p="lg" component="section">
          <Title order={2} fz="lg" mb="xs" dir="auto">
            {section.title}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto">
            {section.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
