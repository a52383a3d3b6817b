namespace ReportPortal.Web.Security;

/// <summary>The portal is read-only: every address answers GET and HEAD, nothing else, and no request carries a body.
/// Any other method answers 405 with <c>Allow: GET, HEAD</c>, a request with a body 413, both as problem JSON,
/// before anything else runs (so no page is re-executed with a POST, and no state can change).</summary>
public static class ReadOnlyMethods
{
    public const string Allow = "GET, HEAD";

    public static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.Headers.Allow = Allow;
            await Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed",
                detail: "This site only answers GET and HEAD.").ExecuteAsync(context);
            return;
        }

        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            context.Response.Headers.Connection = "close";
            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body not allowed",
                detail: "This site takes no request body.").ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>Maps a read-only endpoint: GET and HEAD.</summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, Methods, handler);
}
