using ReportPortal.Web.Caching;

namespace ReportPortal.Web.Tests.Caching;

/// <summary>Accept-Encoding is read as RFC 9110 says: q-values, <c>*</c>, refusals; Brotli first on a tie.</summary>
public sealed class ContentCodingTests
{
    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("GZIP", ContentCoding.Gzip)]
    [InlineData("gzip, deflate, br", ContentCoding.Brotli)]
    [InlineData("br;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("gzip;q=0.2, br;q=0.8", ContentCoding.Brotli)]
    [InlineData("br;q=0.2, gzip;q=0.8", ContentCoding.Gzip)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0", ContentCoding.Identity)]
    [InlineData("deflate", ContentCoding.Identity)]
    [InlineData("identity", ContentCoding.Identity)]
    [InlineData("gzip;q=nonsense", ContentCoding.Identity)]
    [InlineData(" ,;, gzip ;q=1 ", ContentCoding.Gzip)]
    public void Chooses_the_coding_the_client_prefers(string? header, ContentCoding expected) =>
        Assert.Equal(expected, ContentCodings.Choose(header));
}
