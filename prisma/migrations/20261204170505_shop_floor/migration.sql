-- Case-insensitive SKUs, barcodes and location codes (a scanner's "bike" finds "BIKE"). PGlite loads the extension
-- itself (PGLITE_EXTENSIONS in src/db/database.ts).
CREATE EXTENSION IF NOT EXISTS citext;

-- CreateEnum
CREATE TYPE "OperationStatus" AS ENUM ('PENDING', 'RUNNING', 'PAUSED', 'DONE', 'SKIPPED');

-- CreateEnum
CREATE TYPE "ProductionReportKind" AS ENUM ('CONSUMPTION', 'OUTPUT', 'COMPLETION');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Permission" ADD VALUE 'PRODUCTION_EXECUTE';
ALTER TYPE "Permission" ADD VALUE 'INVENTORY_RECEIVE';

-- AlterTable
ALTER TABLE "Barcode" ALTER COLUMN "code" SET DATA TYPE CITEXT;

-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "code" CITEXT;

-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "sku" SET DATA TYPE CITEXT;

-- AlterTable
ALTER TABLE "ProductionOrder" ADD COLUMN     "releasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProductionOrderComponent" ADD COLUMN     "unplanned" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProductionOrderLine" ADD COLUMN     "scrappedQuantity" DECIMAL(20,6) NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Role" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "builtIn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "overProductionTolerancePercent" DECIMAL(9,4) NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "StockMovement" ADD COLUMN     "productionReportId" INTEGER;

-- AlterTable
ALTER TABLE "TransferOrderLine" ADD COLUMN     "movedQuantity" DECIMAL(20,6) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ProductionOrderOperation" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "lineId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "plannedMinutes" DECIMAL(20,6) NOT NULL,
    "plannedStart" TIMESTAMP(3),
    "plannedEnd" TIMESTAMP(3),
    "status" "OperationStatus" NOT NULL DEFAULT 'PENDING',
    "completedQuantity" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "scrappedQuantity" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "pauseReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductionOrderOperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OperationTimeLog" (
    "id" SERIAL NOT NULL,
    "operationId" INTEGER NOT NULL,
    "employeeId" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "minutes" DECIMAL(20,6),
    "goodQuantity" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "scrapQuantity" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "pauseReason" TEXT,

    CONSTRAINT "OperationTimeLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductionReport" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "kind" "ProductionReportKind" NOT NULL,
    "employeeId" INTEGER,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "ProductionReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductionReportLine" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "componentId" INTEGER,
    "orderLineId" INTEGER,
    "productId" INTEGER NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,
    "scrapQuantity" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "allocationReleased" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "onOrderReleased" DECIMAL(20,6) NOT NULL DEFAULT 0,

    CONSTRAINT "ProductionReportLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductionOrderOperation_orderId_position_idx" ON "ProductionOrderOperation"("orderId", "position");

-- CreateIndex
CREATE INDEX "ProductionOrderOperation_resourceId_plannedStart_idx" ON "ProductionOrderOperation"("resourceId", "plannedStart");

-- CreateIndex
CREATE INDEX "OperationTimeLog_operationId_id_idx" ON "OperationTimeLog"("operationId", "id");

-- CreateIndex
CREATE INDEX "OperationTimeLog_employeeId_idx" ON "OperationTimeLog"("employeeId");

-- CreateIndex
CREATE INDEX "ProductionReport_orderId_id_idx" ON "ProductionReport"("orderId", "id");

-- CreateIndex
CREATE INDEX "ProductionReportLine_reportId_idx" ON "ProductionReportLine"("reportId");

-- CreateIndex
CREATE INDEX "ProductionReportLine_componentId_idx" ON "ProductionReportLine"("componentId");

-- CreateIndex
CREATE INDEX "ProductionReportLine_orderLineId_idx" ON "ProductionReportLine"("orderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "Location_code_key" ON "Location"("code");

-- CreateIndex
CREATE INDEX "StockMovement_productionReportId_idx" ON "StockMovement"("productionReportId");

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_productionReportId_fkey" FOREIGN KEY ("productionReportId") REFERENCES "ProductionReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionOrderOperation" ADD CONSTRAINT "ProductionOrderOperation_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProductionOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionOrderOperation" ADD CONSTRAINT "ProductionOrderOperation_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "ProductionOrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionOrderOperation" ADD CONSTRAINT "ProductionOrderOperation_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperationTimeLog" ADD CONSTRAINT "OperationTimeLog_operationId_fkey" FOREIGN KEY ("operationId") REFERENCES "ProductionOrderOperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperationTimeLog" ADD CONSTRAINT "OperationTimeLog_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionReport" ADD CONSTRAINT "ProductionReport_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProductionOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionReport" ADD CONSTRAINT "ProductionReport_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionReport" ADD CONSTRAINT "ProductionReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionReportLine" ADD CONSTRAINT "ProductionReportLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProductionReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionReportLine" ADD CONSTRAINT "ProductionReportLine_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "ProductionOrderComponent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionReportLine" ADD CONSTRAINT "ProductionReportLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "ProductionOrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: what the new columns and tables say about the rows that existed before them.

-- The built-in roles (their permissions are brought up to the code's at every start).
UPDATE "Role" SET "builtIn" = true WHERE "name" IN ('admin', 'planner', 'shop-floor', 'viewer');

-- Orders released before releasedAt existed: their last change stands in for the release.
UPDATE "ProductionOrder" SET "releasedAt" = "updatedAt" WHERE "status" IN ('RELEASED', 'IN_PROGRESS', 'COMPLETED');

-- Completed transfers moved every line.
UPDATE "TransferOrderLine" l SET "movedQuantity" = l."quantity"
FROM "TransferOrder" t WHERE t."id" = l."transferOrderId" AND t."status" = 'COMPLETED';

-- A completed order's completion becomes its COMPLETION report, with what completing did (allocations back to the
-- required quantity, on order the whole quantity), so that undoing it stays exact.
INSERT INTO "ProductionReport" ("orderId", "kind", "at", "createdAt")
SELECT "id", 'COMPLETION', "updatedAt", "updatedAt" FROM "ProductionOrder" WHERE "status" = 'COMPLETED';

INSERT INTO "ProductionReportLine" ("reportId", "componentId", "productId", "quantity", "allocationReleased")
SELECT r."id", c."id", c."productId", c."consumedQuantity", c."requiredQuantity"
FROM "ProductionReport" r JOIN "ProductionOrderComponent" c ON c."orderId" = r."orderId";

INSERT INTO "ProductionReportLine" ("reportId", "orderLineId", "productId", "quantity", "onOrderReleased")
SELECT r."id", l."id", l."productId", l."producedQuantity", l."quantity"
FROM "ProductionReport" r JOIN "ProductionOrderLine" l ON l."orderId" = r."orderId";

UPDATE "StockMovement" m SET "productionReportId" = r."id"
FROM "ProductionReport" r
WHERE m."productionOrderId" = r."orderId" AND m."reason" IN ('PRODUCTION_CONSUMPTION', 'PRODUCTION_OUTPUT');
