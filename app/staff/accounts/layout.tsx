import { SegmentMessages } from "@/components/segment-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="staff/accounts">{children}</SegmentMessages>;
}
