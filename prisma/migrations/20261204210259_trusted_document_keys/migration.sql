-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "trustedDocumentsOnly" BOOLEAN NOT NULL DEFAULT false;
