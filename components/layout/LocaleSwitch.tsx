"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale";
import { setPreferenceCookie } from "@/lib/preference-cookie";

const OPTIONS: { value: Locale; label: string }[] = [
  { value: "zh-CN", label: "中文" },
  { value: "en", label: "EN" },
];

export function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(next: Locale) {
    if (next === locale) return;
    setPreferenceCookie(LOCALE_COOKIE, next);
    startTransition(() => router.refresh());
  }

  return (
    <div role="group" aria-label={label} className="flex rounded-md border border-slate-200 p-0.5 text-xs dark:border-slate-700">
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          onClick={() => choose(o.value)}
          aria-pressed={o.value === locale}
          disabled={pending}
          lang={o.value}
          className={`whitespace-nowrap rounded px-2 py-1 font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
            o.value === locale
              ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
              : "text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
          }`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
