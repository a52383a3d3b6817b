using YamlDotNet.RepresentationModel;

namespace ReportPortal.Knowledge.Content;

/// <summary>Reads plain values out of YAML nodes, with the node's line in every error.</summary>
internal static class YamlValues
{
    public static string? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        throw new ContentException(FrontMatter.LineOf(node), $"'{key}' must be a single value");
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public static List<string> List(YamlNode node, string key)
    {
        if (node is YamlScalarNode)
        {
            return Scalar(node, key) is { } one ? [one] : [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children.Select(child => Scalar(child, key)).OfType<string>()];
        }

        throw new ContentException(FrontMatter.LineOf(node), $"'{key}' must be a list of values");
    }

    public static string? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? Scalar(node, key) : null;
}
