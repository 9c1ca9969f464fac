-- CreateIndex
CREATE INDEX "ProductionOrder_parentComponentId_idx" ON "ProductionOrder"("parentComponentId");
