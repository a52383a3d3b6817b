using YamlDotNet.RepresentationModel;

namespace ReportPortal.ContentAudit.Tests;

/// <summary>Reads the report's inventory (../shared/inventory, read-only input beside the repository).</summary>
internal static class Inventory
{
    public static YamlMappingNode Load(string file)
    {
        var path = Path.Combine(TestPaths.InventoryFolder, file);
        Assert.True(File.Exists(path), $"the inventory file {path} is missing: the content checks need ../shared beside the repository");
        var stream = new YamlStream();
        using var reader = File.OpenText(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static IEnumerable<YamlMappingNode> Items(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>()
            : [];

    public static string? Get(YamlMappingNode item, string key) =>
        item.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
