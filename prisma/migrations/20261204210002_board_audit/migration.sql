-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "actorEmployeeId" INTEGER,
ADD COLUMN     "requestId" TEXT;

-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "timeZone" TEXT;
