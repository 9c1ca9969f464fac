-- Substring search of products by SKU or name through trigram indexes (productIdsMatching in src/domain/catalog/products.ts).
-- PGlite loads the extension itself (PGLITE_EXTENSIONS in src/db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Product_sku_trgm_idx" ON "Product" USING GIN ("sku" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Product_name_trgm_idx" ON "Product" USING GIN ("name" gin_trgm_ops);
