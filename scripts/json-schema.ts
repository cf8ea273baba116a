/** JSON Schemas generated from the zod schemas (input side: amounts are decimal strings). */
import { z } from 'zod';
import { catalogSchema, datasetSchema, DATASET_SCHEMA_VERSION } from '../src/domain/schema';

/** File name → JSON Schema object. */
export function buildJsonSchemas(): Record<string, unknown> {
  const base = 'https://budget-lens.example/schema';
  return {
    'dataset.schema.json': {
      ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
      $id: `${base}/dataset-v${DATASET_SCHEMA_VERSION}.schema.json`,
      title: '预算透视 Budget Lens dataset (部门预算信息公开)',
    },
    'catalog.schema.json': {
      ...z.toJSONSchema(catalogSchema, { io: 'input', unrepresentable: 'any' }),
      $id: `${base}/catalog-v${DATASET_SCHEMA_VERSION}.schema.json`,
      title: '预算透视 Budget Lens catalog (public/data/index.json)',
    },
  };
}
