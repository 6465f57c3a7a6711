-- AlterEnum
ALTER TYPE "NeedStatus" ADD VALUE 'WITHDRAWN';
