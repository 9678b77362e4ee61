// A brand-level page (plan, policy, playbooks, calendar) for someone with no brand to show: what would be here,
// and for those who may, the way to add a brand.
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from './EmptyBlock.tsx';
import { IconBuilding } from './icons.tsx';
import { PageHeader } from './PageHeader.tsx';
import { useWorkspaceContext } from './workspaceContext.ts';

/** The areas whose strings have `title` and `noBrands.{title,text}`. */
export type BrandArea = 'planArea' | 'policyArea' | 'playbooksArea' | 'calendarArea';

export function NoBrands({ area }: { area: BrandArea }) {
  const { t } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  return (
    <Stack>
      <PageHeader title={t(`${area}.title`)} />
      <EmptyBlock title={t(`${area}.noBrands.title`)} description={t(`${area}.noBrands.text`)} icon={<IconBuilding size={28} />}>
        {can('brand.create') && (
          <Button component={Link} to={`/w/${workspaceId}/settings/brands?new=1`}>
            {t('settings.brands.add')}
          </Button>
        )}
      </EmptyBlock>
    </Stack>
  );
}
