namespace ReportPortal.Knowledge.Markdown;

/// <summary>A multi-pattern matcher: finds every occurrence of any of many patterns in one pass over a text.
/// Built once; <see cref="Matches"/> is thread-safe.</summary>
public sealed class AhoCorasick
{
    private readonly List<Dictionary<char, int>> _next = [[]];
    private readonly List<int> _fail = [0];
    private readonly List<int> _output = [-1];     // the longest pattern ending at this node, or -1
    private readonly List<int> _outputLink = [-1]; // the nearest node on the failure chain that has an output
    private readonly List<int> _lengths = [];

    public AhoCorasick(IReadOnlyList<string> patterns)
    {
        for (var p = 0; p < patterns.Count; p++)
        {
            var node = 0;
            foreach (var c in patterns[p])
            {
                if (!_next[node].TryGetValue(c, out var child))
                {
                    child = _next.Count;
                    _next.Add([]);
                    _fail.Add(0);
                    _output.Add(-1);
                    _outputLink.Add(-1);
                    _next[node][c] = child;
                }

                node = child;
            }

            _lengths.Add(patterns[p].Length);
            if (_output[node] < 0 || _lengths[_output[node]] < patterns[p].Length)
            {
                _output[node] = p;
            }
        }

        var queue = new Queue<int>(_next[0].Values);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in _next[node])
            {
                var f = _fail[node];
                while (f > 0 && !_next[f].ContainsKey(c))
                {
                    f = _fail[f];
                }

                _fail[child] = _next[f].TryGetValue(c, out var target) && target != child ? target : 0;
                _outputLink[child] = _output[_fail[child]] >= 0 ? _fail[child] : _outputLink[_fail[child]];
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>Every (start, pattern) occurrence in <paramref name="text"/>, in order of end position.</summary>
    public IEnumerable<(int Start, int Pattern)> Matches(string text)
    {
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            while (node > 0 && !_next[node].ContainsKey(c))
            {
                node = _fail[node];
            }

            node = _next[node].GetValueOrDefault(c);
            for (var n = _output[node] >= 0 ? node : _outputLink[node]; n > 0; n = _outputLink[n])
            {
                var p = _output[n];
                yield return (i - _lengths[p] + 1, p);
            }
        }
    }
}
