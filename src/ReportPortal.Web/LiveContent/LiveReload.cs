using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.LiveContent;

/// <summary>For authors, in Development only: <c>GET /_live/{id}</c> is a Server-Sent Events stream that sends one
/// <c>reload</c> event when a new snapshot changes document <c>id</c> (its title, summary or rendered body), so an
/// open page reloads itself after an edit. Production maps no such endpoint and pages carry no such script.</summary>
public static class LiveReload
{
    public const string ViewDataKey = "LiveReloadDocument";

    public static void MapLiveReload(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        app.MapGet("/_live/{id}", async (string id, HttpContext context, SnapshotHolder holder, CancellationToken ct) =>
        {
            var version = VersionOf(holder.Current, id);
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnSwap(object? sender, KnowledgeSnapshot next)
            {
                if (VersionOf(next, id) != version)
                {
                    changed.TrySetResult();
                }
            }

            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            holder.Swapped += OnSwap;
            try
            {
                await context.Response.WriteAsync(": watching\n\n", ct);
                await context.Response.Body.FlushAsync(ct);
                await changed.Task.WaitAsync(ct);
                await context.Response.WriteAsync($"event: reload\ndata: {id}\n\n", ct);
                await context.Response.Body.FlushAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // the page was closed
            }
            finally
            {
                holder.Swapped -= OnSwap;
            }
        }).ExcludeFromDescription();
    }

    /// <summary>A hash of what the page of document <paramref name="id"/> shows, or empty when there is no such document.</summary>
    private static string VersionOf(KnowledgeSnapshot? snapshot, string id)
    {
        if (snapshot?.Documents.Find(id) is not { } entry)
        {
            return "";
        }

        using var db = snapshot.OpenDb();
        var html = db.Documents.Where(d => d.Id == entry.Id).Select(d => d.Html).FirstOrDefault() ?? "";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Title + "\0" + entry.Summary + "\0" + html)));
    }
}
