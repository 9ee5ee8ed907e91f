-- AlterTable
ALTER TABLE "ImportChange" ADD COLUMN "lastRowId" INTEGER;
