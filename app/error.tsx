"use client";

// The app's error boundary. It cannot read the server's language, so it
// speaks both: the audience reads one of them.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
      <h1 className="text-lg font-semibold">页面加载失败 · This page could not be loaded</h1>
      <p className="mt-2 text-sm">
        数据库可能尚未初始化，请运行 <code>npm run db:migrate</code> 后重试。 The database may not be set up yet: run{" "}
        <code>npm run db:migrate</code>, then try again.
      </p>
      {error.digest && <p className="mt-2 text-xs opacity-75">ref: {error.digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-red-500"
      >
        重试 · Try again
      </button>
    </div>
  );
}
