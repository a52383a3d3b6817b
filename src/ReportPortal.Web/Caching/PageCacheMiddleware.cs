using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Caching;

/// <summary>Serves pages and API answers from memory, compressed, with validators. A GET whose answer is a 200 of
/// HTML or JSON without a cookie is rendered once per snapshot, URL and interface language, compressed once per
/// coding the clients ask for (Brotli, gzip or none) and kept in <see cref="PageCacheStore"/>; every later request
/// gets those bytes with a strong <c>ETag</c> (<see cref="EntityTags"/>), <c>Last-Modified</c> (the snapshot's build
/// time), <c>Cache-Control</c> (short <c>max-age</c> plus <c>stale-while-revalidate</c>) and
/// <c>Vary: Accept-Encoding, Cookie</c> (the interface language is a cookie). <c>If-None-Match</c> naming the
/// current tag is answered 304, even for an answer no longer held, since the tag is known without rendering.
/// Everything else (other methods and statuses, cookies being set, <c>/health</c>, error re-execution) passes
/// through untouched.</summary>
public sealed class PageCacheMiddleware(RequestDelegate next, SnapshotHolder holder, PageCacheStore store, IOptions<PageCacheOptions> options)
{
    private static readonly StringValues s_vary = "Accept-Encoding, Cookie";
    private readonly StringValues _cacheControl =
        $"public, max-age={options.Value.MaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}";
    private readonly int _maxEntryBytes = options.Value.MaxEntryKilobytes * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsCandidate(context) || holder.Current is not { } snapshot || store.For(snapshot) is not { } generation)
        {
            return next(context);
        }

        var request = context.Request;
        var key = PageKey.Of(request, CultureInfo.CurrentUICulture.Name);
        var coding = ContentCodings.Choose(request.Headers.AcceptEncoding);
        if (generation.Entries.TryGetValue(key, out var page))
        {
            page.Touch();
            var form = page.Get(coding, out var added);
            store.Grew(generation, page, added);
            return SendAsync(context, generation, page.ContentType, form, coding);
        }

        // Not held: a client revalidating a tag of this snapshot gets 304 without a render. Only a tag we issued
        // counts here (not "*", not a date): without rendering we cannot know that this URL has a 200 answer at all.
        var tag = EntityTags.Of(snapshot.Fingerprint, key);
        if (request.Headers.IfNoneMatch is { Count: > 0 } ifNoneMatch && EntityTags.Matches(ifNoneMatch, tag.For(coding).ToString(), allowAny: false))
        {
            WriteValidators(context.Response, generation, tag.For(coding));
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return HttpMethods.IsGet(request.Method)
            ? RenderAndCacheAsync(context, snapshot, generation, key, tag, coding)
            : next(context); // HEAD of an answer not held: rendered, not kept
    }

    private static bool IsCandidate(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.Response.StatusCode == StatusCodes.Status200OK
            && !request.Headers.ContainsKey("Authorization")
            && !request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            && !request.Path.StartsWithSegments("/_live", StringComparison.OrdinalIgnoreCase) // a stream, never a page
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && context.Features.Get<IExceptionHandlerFeature>() is null;
    }

    private static bool IsNotModified(HttpRequest request, string etag, KnowledgeSnapshot snapshot)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            return EntityTags.Matches(ifNoneMatch, etag); // If-Modified-Since is ignored when If-None-Match is sent
        }

        return request.Headers.IfModifiedSince is { Count: > 0 } since
            && DateTimeOffset.TryParseExact(since.ToString(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            && snapshot.BuiltAt.ToUnixTimeSeconds() <= date.ToUnixTimeSeconds();
    }

    private void WriteValidators(HttpResponse response, PageCacheStore.Generation generation, StringValues etag)
    {
        var headers = response.Headers;
        headers.ETag = etag;
        headers.LastModified = generation.LastModified;
        headers.CacheControl = _cacheControl;
        headers.Vary = s_vary;
    }

    private Task SendAsync(HttpContext context, PageCacheStore.Generation generation, StringValues contentType, Representation form, ContentCoding coding)
    {
        var response = context.Response;
        WriteValidators(response, generation, form.ETag);
        if (IsNotModified(context.Request, form.ETag.ToString(), generation.Snapshot))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = contentType;
        if (ContentCodings.HeaderValue(coding) is { } encoding)
        {
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentLength = form.Body.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.BodyWriter.WriteAsync(form.Body, context.RequestAborted).AsTask();
    }

    private async Task RenderAndCacheAsync(HttpContext context, KnowledgeSnapshot snapshot, PageCacheStore.Generation generation,
        PageKey key, EntityTags.Base tag, ContentCoding coding)
    {
        // Pin the request to the snapshot it is keyed by; if a new one came in meanwhile, render without caching.
        if (!ReferenceEquals(context.RequestServices.GetRequiredService<KnowledgeSnapshot>(), snapshot))
        {
            await next(context);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new CaptureStream(original.Stream, _maxEntryBytes);
        var captured = new StreamResponseBodyFeature(capture, original);
        context.Features.Set<IHttpResponseBodyFeature>(captured);
        try
        {
            await next(context);
            await captured.CompleteAsync(); // flushes what the endpoint left in the pipe writer into the capture
        }
        finally
        {
            context.Features.Set(original);
        }

        if (capture.PassedThrough)
        {
            return; // too large to keep: it went straight out
        }

        var body = capture.ToArray();
        var response = context.Response;
        if (!IsCacheable(response))
        {
            if (body.Length > 0) // an empty 404 must stay unstarted, so that the status-code page can fill it
            {
                await response.BodyWriter.WriteAsync(body, context.RequestAborted);
            }

            return;
        }

        var page = new CachedPage(key, response.ContentType, tag, body, coding, thorough: !key.HasQuery);
        store.Add(generation, page);
        await SendAsync(context, generation, page.ContentType, page.Get(coding, out _), coding);
    }

    /// <summary>A 200 of HTML or JSON that sets no cookie and does not forbid storing: the same for every reader.</summary>
    private static bool IsCacheable(HttpResponse response)
    {
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey("Set-Cookie") || response.ContentType is not { } type)
        {
            return false;
        }

        var cacheControl = response.Headers.CacheControl.ToString();
        return (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            && !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase);
    }
}
