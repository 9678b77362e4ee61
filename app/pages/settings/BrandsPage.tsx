import { Badge, Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useBrandsPage, workspacePath } from '../../api/hooks.ts';
import type { Brand } from '../../api/types.ts';
import { brandLanguageLabel } from '../../components/brandLabels.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { DangerRowButton } from '../../components/DangerRowButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { IconBuilding, IconPlus } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListState, LoadMore } from '../../components/ListState.tsx';
import { useConfirmedAction } from '../../components/useConfirmedAction.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { BrandForm } from './BrandForm.tsx';
import { isolate } from '../../i18n/isolate.ts';

export default function BrandsPage() {
  const { t } = useTranslation();
  const { workspaceId, can, canOnBrand } = useWorkspaceContext();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Brand | null>(null);
  const creating = params.get('new') === '1' && can('brand.create');
  const brands = useBrandsPage(workspaceId, includeArchived);

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['workspace', workspaceId, 'brands'] });
  const closeCreate = () => setParams((prev) => {
    prev.delete('new');
    return prev;
  }, { replace: true });

  const archive = useConfirmedAction((brand: Brand) => api.delete(`${workspacePath(workspaceId)}/brands/${brand.id}`), refresh);

  const addButton = can('brand.create') && (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setParams({ new: '1' })}
      data-testid="brand-add"
    >
      {t('settings.brands.add')}
    </Button>
  );

  const body = (
    <ListState
      query={brands}
      items={brands.items}
      empty={
        <EmptyBlock
          title={t('settings.brands.emptyTitle')}
          description={can('brand.create') ? t('settings.brands.emptyText') : t('settings.brands.emptyTextReadOnly')}
          icon={<IconBuilding size={28} />}
        >
          {addButton}
        </EmptyBlock>
      }
    >
      {(items) => (
        <DataTable
          testId="brands-table"
          minWidth={720}
          columns={[
            t('settings.brands.name'),
            t('settings.brands.primaryLanguage'),
            t('settings.brands.timeZone'),
            t('settings.brands.status'),
          ]}
          actionsLabel={t('settings.brands.actions')}
        >
          {items.map((brand) => (
            <Table.Tr key={brand.id} data-testid="brand-row">
              <Table.Td>
                <Text fw={500} size="sm">
                  <bdi>{brand.name}</bdi>
                </Text>
                {brand.description && (
                  <Text size="xs" c="dimmed" lineClamp={1} maw={340}>
                    <bdi>{brand.description}</bdi>
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{brandLanguageLabel(t, brand.primaryLanguage)}</Table.Td>
              <Table.Td>
                <Text size="sm" dir="ltr" span>
                  {brand.timeZone}
                </Text>
              </Table.Td>
              <Table.Td>
                {brand.archivedAt ? (
                  <Badge color="gray" variant="light">
                    {t('settings.brands.archived')}
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    {t('settings.brands.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!brand.archivedAt && (
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {canOnBrand('brand.update', brand.id) && (
                      <Button size="xs" variant="default" onClick={() => setEditing(brand)} data-testid="brand-edit">
                        {t('common.edit')}
                      </Button>
                    )}
                    {canOnBrand('brand.archive', brand.id) && (
                      <DangerRowButton onClick={() => archive.ask(brand)} testId="brand-archive">
                        {t('settings.brands.archive')}
                      </DangerRowButton>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </ListState>
  );

  return (
    <Stack>
      <PageHeader order={2} title={t('settings.brands.title')} description={t('settings.brands.description')} actions={addButton} />
      {can('brand.archive') && (
        <Switch
          label={t('settings.brands.showArchived')}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
          data-testid="show-archived"
        />
      )}
      {body}
      <LoadMore query={brands} />

      <Modal opened={creating} onClose={closeCreate} title={t('settings.brands.createTitle')} size="lg">
        <BrandForm
          workspaceId={workspaceId}
          onCancel={closeCreate}
          onSaved={() => {
            closeCreate();
            void refresh();
          }}
        />
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('settings.brands.editTitle', { name: isolate(editing?.name ?? '') })} size="lg">
        {editing && (
          <BrandForm
            key={editing.id}
            workspaceId={workspaceId}
            brand={editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              void refresh();
            }}
          />
        )}
      </Modal>
      <ConfirmModal
        {...archive.modal}
        title={t('settings.brands.archiveTitle', { name: isolate(archive.target?.name ?? '') })}
        text={t('settings.brands.archiveText')}
        confirmLabel={t('settings.brands.archiveConfirm')}
      />
    </Stack>
  );
}
