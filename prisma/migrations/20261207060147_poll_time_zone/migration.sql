-- AlterTable
ALTER TABLE "Poll" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Europe/Kyiv';
