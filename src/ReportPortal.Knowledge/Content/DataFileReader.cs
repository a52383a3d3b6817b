using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportPortal.Knowledge.Content;

/// <summary>Reads the YAML data files of <c>content/</c> into their types; unknown fields are errors.</summary>
public static class DataFileReader
{
    private static readonly IDeserializer s_deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Throws <see cref="ContentException"/> with the file line when the YAML does not fit <typeparamref name="T"/>.</summary>
    public static T Read<T>(string text)
    {
        try
        {
            return s_deserializer.Deserialize<T>(text) ?? throw new ContentException(1, "the file is empty");
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException ?? ex).Message;
            var newline = message.IndexOf('\n', StringComparison.Ordinal);
            throw new ContentException((int)ex.Start.Line, newline < 0 ? message : message[..newline]);
        }
    }
}
