// Channels and the approval flow for someone with no brand to show: what would be here, and for
// those who may, the way to add a brand.
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../../components/EmptyBlock.tsx';
import { IconBuilding } from '../../../components/icons.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';

export function NoBrandsHere({ title }: { title: string }) {
  const { t } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  return (
    <Stack>
      <PageHeader order={2} title={title} />
      <EmptyBlock title={t('channelsArea.noBrands.title')} description={t('channelsArea.noBrands.text')} icon={<IconBuilding size={28} />} testId="no-brands">
        {can('brand.create') && (
          <Button component={Link} to={`/w/${workspaceId}/settings/brands?new=1`}>
            {t('settings.brands.add')}
          </Button>
        )}
      </EmptyBlock>
    </Stack>
  );
}
