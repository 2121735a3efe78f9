"""The chairman's decision sending people to training: drafting, numbering, issuing, cancelling and
replacing (with history), and printing it as Decree 30/2020/NĐ-CP asks."""
