using ReportPortal.Knowledge.Content;

namespace ReportPortal.Web.Portal;

/// <summary>Route constraint <c>{kind:profilekind}</c>: the URL segment of a profile kind (companies, people…).</summary>
public sealed class ProfileKindConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string segment
        && DocumentSchema.ByUrlSegment(segment) is { Kind: not DocumentKind.Chapter };
}
