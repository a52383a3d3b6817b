namespace ReportPortal.Knowledge.Content;

/// <summary>What a document is. The content folder of a file gives its kind.</summary>
public enum DocumentKind
{
    Chapter,
    Term,
    Technology,
    Product,
    Company,
    Organisation,
    Person,
    Place,
    Work,
    Event,
}
