namespace ReportPortal.Knowledge.Graph;

/// <summary>The text drawn under a node and the room it takes, estimated without a font: a Chinese character is one
/// em wide, Latin letters and digits a little over half an em (capitals and W/M more). The estimate errs on the wide
/// side, so that labels the layout keeps apart stay apart in the browser. The drawing (GraphSvg) uses the same
/// sizes: 12px labels, 14px bold for a neighbourhood's centre, the baseline <see cref="BaselineGap"/> below the circle.</summary>
public static class LabelMetrics
{
    /// <summary>How many characters of a name are drawn under its node; the whole name is in its tooltip.</summary>
    public const int MaxLength = 10;

    /// <summary>From the bottom of the circle to the label's baseline.</summary>
    public const double BaselineGap = 14;

    public static double FontSize(int step) => step == 0 ? 14 : 12;

    /// <summary>The label drawn for <paramref name="name"/>: cut to <see cref="MaxLength"/> characters with an ellipsis.</summary>
    public static string LabelOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > MaxLength ? name[..(MaxLength - 1)] + "…" : name;
    }

    /// <summary>The estimated width of <paramref name="label"/> at <paramref name="fontSize"/> pixels (bold adds 8%).</summary>
    public static double Width(string label, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        var ems = label.Sum(Em);
        return ems * fontSize * (bold ? 1.08 : 1);
    }

    private static double Em(char c) => c switch
    {
        ' ' => 0.3,
        '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'i' or 'l' or 'j' or 'I' => 0.35,
        'W' or 'M' or 'm' or 'w' => 0.9,
        >= 'A' and <= 'Z' => 0.72,
        >= '0' and <= '9' => 0.6,
        < '\u0080' => 0.6,
        _ => 1.0,
    };

    /// <summary>The box a node takes with its label: the circle, and the label centred under it.</summary>
    public static Box BoxOf(double x, double y, double radius, string label, int step)
    {
        var size = FontSize(step);
        var half = Math.Max(radius, Width(label, size, bold: step == 0) / 2);
        var bottom = y + radius + BaselineGap + (0.3 * size);
        return new Box(x - half, y - radius, 2 * half, bottom - (y - radius));
    }

    /// <summary>The box of the label alone.</summary>
    public static Box LabelBoxOf(double x, double y, double radius, string label, int step)
    {
        var size = FontSize(step);
        var width = Width(label, size, bold: step == 0);
        var baseline = y + radius + BaselineGap;
        return new Box(x - (width / 2), baseline - size, width, 1.3 * size);
    }
}

/// <summary>An axis-aligned rectangle.</summary>
public readonly record struct Box(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    /// <summary>True when the two boxes share some area (touching edges do not count).</summary>
    public bool Overlaps(Box other) =>
        Left < other.Right - 1e-6 && other.Left < Right - 1e-6 && Top < other.Bottom - 1e-6 && other.Top < Bottom - 1e-6;
}
