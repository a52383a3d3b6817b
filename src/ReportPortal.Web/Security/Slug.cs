namespace ReportPortal.Web.Security;

/// <summary>A document id as it may appear in a URL: 1 to 100 lower-case letters, digits and hyphens. Checked before
/// any lookup; nothing is ever opened by a path built from it.</summary>
public static class Slug
{
    public const int MaxLength = 100;

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Route constraint <c>{id:slug}</c>: see <see cref="Slug"/>. A path whose id is not a slug matches no page
/// and answers 404.</summary>
public sealed class SlugConstraint : IRouteConstraint
{
    public const string Name = "slug";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string s && Slug.IsValid(s);
}
