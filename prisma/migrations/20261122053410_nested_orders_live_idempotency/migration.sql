-- CreateEnum
CREATE TYPE "QuantityPolicy" AS ENUM ('QUANTITY_REQUIRED', 'REQUIRED_PLUS_MIN_STOCK', 'SHORTAGE_ONLY');

-- CreateEnum
CREATE TYPE "ProductionOrderKind" AS ENUM ('PRODUCTION', 'ASSEMBLY');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "maxBatchSize" DECIMAL(20,6);

-- AlterTable
ALTER TABLE "ProductionOrder" ADD COLUMN     "ancestorIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "kind" "ProductionOrderKind" NOT NULL DEFAULT 'PRODUCTION',
ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "parentComponentId" INTEGER,
ADD COLUMN     "surplus" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProductionOrderComponent" ADD COLUMN     "shortageQuantity" DECIMAL(20,6) NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "eventsPrunedThroughId" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "quantityPolicy" "QuantityPolicy" NOT NULL DEFAULT 'QUANTITY_REQUIRED';

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "apiKeyId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("apiKeyId","key")
);

-- CreateIndex
CREATE INDEX "IdempotencyKey_expiresAt_idx" ON "IdempotencyKey"("expiresAt");

-- CreateIndex
CREATE INDEX "Event_rootOrderId_id_idx" ON "Event"("rootOrderId", "id");

-- CreateIndex
CREATE INDEX "ProductionOrder_ancestorIds_idx" ON "ProductionOrder" USING GIN ("ancestorIds");

-- CreateIndex
CREATE INDEX "ProductionOrder_startDate_idx" ON "ProductionOrder"("startDate");

-- AddForeignKey
ALTER TABLE "ProductionOrder" ADD CONSTRAINT "ProductionOrder_parentComponentId_fkey" FOREIGN KEY ("parentComponentId") REFERENCES "ProductionOrderComponent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
