-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "derivedReplenishment" "Replenishment" NOT NULL DEFAULT 'PURCHASE';

-- The replenishment a product's default BOMs derive: a production BOM -> PRODUCE, else an assembly BOM ->
-- ASSEMBLE, else PURCHASE (the rule of src/domain/bom/replenishment.ts). Kept by the statements that change
-- BomDefault, cascades included, so no writer can forget it.
CREATE FUNCTION "Product_derived_replenishment"(product_id int) RETURNS "Replenishment" LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN EXISTS (SELECT FROM "BomDefault" d WHERE d."productId" = product_id AND d.kind = 'PRODUCTION') THEN 'PRODUCE'
    WHEN EXISTS (SELECT FROM "BomDefault" d WHERE d."productId" = product_id AND d.kind = 'ASSEMBLY') THEN 'ASSEMBLE'
    ELSE 'PURCHASE'
  END::"Replenishment"
$$;

CREATE FUNCTION "BomDefault_derive_replenishment"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT "productId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY(SELECT "productId" FROM old_rows);
  ELSE
    ids := ARRAY(SELECT "productId" FROM old_rows UNION SELECT "productId" FROM new_rows);
  END IF;
  UPDATE "Product" p SET "derivedReplenishment" = "Product_derived_replenishment"(p.id) WHERE p.id = ANY (ids);
  RETURN NULL;
END
$$;

-- Statement triggers: a bulk insert of defaults updates each product once, not once per row.
CREATE TRIGGER "BomDefault_inserted" AFTER INSERT ON "BomDefault" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "BomDefault_derive_replenishment"();
CREATE TRIGGER "BomDefault_updated" AFTER UPDATE ON "BomDefault" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "BomDefault_derive_replenishment"();
CREATE TRIGGER "BomDefault_deleted" AFTER DELETE ON "BomDefault" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "BomDefault_derive_replenishment"();

UPDATE "Product" p SET "derivedReplenishment" = "Product_derived_replenishment"(p.id)
WHERE p.id IN (SELECT "productId" FROM "BomDefault");
