-- AlterEnum
ALTER TYPE "ActionKey" ADD VALUE 'remove_cancelled_icp_number';
